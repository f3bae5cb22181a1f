package org.partnercommerce.benchmarks.tools;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} pairs; a repeated name keeps every value, one per line. */
final class Options {

    private Options() {
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value, got " + args[i]);
            }
            String name = args[i].substring(2);
            String value = args[++i];
            options.merge(name, value, (old, added) -> old + "\n" + added);
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}

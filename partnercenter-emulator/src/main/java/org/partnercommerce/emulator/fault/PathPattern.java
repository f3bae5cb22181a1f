package org.partnercommerce.emulator.fault;

import java.util.Arrays;
import java.util.List;

/** A path such as {@code /v1/customers/*}{@code /carts/*}{@code /checkout}: {@code *} matches exactly one segment; literals match in any case. */
record PathPattern(String text, List<String> segments) {

    static PathPattern parse(String text) {
        return new PathPattern(text, split(text));
    }

    boolean matches(String path) {
        List<String> actual = split(path);
        if (actual.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).equals("*") && !segments.get(i).equalsIgnoreCase(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> split(String path) {
        return Arrays.stream(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }
}

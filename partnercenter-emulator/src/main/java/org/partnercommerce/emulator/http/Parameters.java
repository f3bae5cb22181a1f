package org.partnercommerce.emulator.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Name/value pairs of a query string or an {@code application/x-www-form-urlencoded} body.
 * Names are matched case-insensitively, as ASP.NET (and so Partner Center) binds them.
 */
public final class Parameters {

    private static final Parameters NONE = new Parameters(Map.of());

    private final Map<String, List<String>> values;

    private Parameters(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Parameters none() {
        return NONE;
    }

    /** Parses {@code a=1&b=two%20words}; a {@code +} is a space. A null or blank input gives no parameters. */
    public static Parameters parse(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return NONE;
        }
        Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        return new Parameters(Collections.unmodifiableMap(values));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            throw new UnreadableBody("Malformed percent-encoding in '" + text + "'", malformed);
        }
    }

    /** The first value given for the name, if any (an empty value counts as given). */
    public Optional<String> first(String name) {
        List<String> given = values.get(name);
        return given == null || given.isEmpty() ? Optional.empty() : Optional.of(given.getFirst());
    }

    /** The first non-blank value given for the name, trimmed. */
    public Optional<String> firstNonBlank(String name) {
        return first(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}

package org.partnercommerce.emulator.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route path such as {@code /v1/customers/{customer-id}/products}. Literal segments match
 * case-insensitively (ASP.NET routing, and so Partner Center, ignores path case); empty
 * segments are ignored, so a trailing slash does not matter.
 */
public final class PathTemplate {

    private final String template;
    private final List<Segment> segments;

    private PathTemplate(String template, List<Segment> segments) {
        this.template = template;
        this.segments = segments;
    }

    public static PathTemplate parse(String template) {
        List<Segment> segments = new ArrayList<>();
        for (String part : split(template)) {
            if (part.startsWith("{") && part.endsWith("}")) {
                segments.add(new Segment(part.substring(1, part.length() - 1), true));
            } else {
                segments.add(new Segment(part, false));
            }
        }
        return new PathTemplate(template, List.copyOf(segments));
    }

    static List<String> split(String path) {
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).toList();
    }

    /** The path parameters when the path matches, in template order. */
    public Optional<Map<String, String>> match(List<String> pathSegments) {
        if (pathSegments.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            String actual = pathSegments.get(i);
            if (segment.parameter()) {
                parameters.put(segment.text(), actual);
            } else if (!segment.text().equalsIgnoreCase(actual)) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    /** How many literal segments the template has; the most specific of several matches wins. */
    int literalCount() {
        return (int) segments.stream().filter(segment -> !segment.parameter()).count();
    }

    @Override
    public String toString() {
        return template;
    }

    private record Segment(String text, boolean parameter) {
    }
}

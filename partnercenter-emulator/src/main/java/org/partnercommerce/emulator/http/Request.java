package org.partnercommerce.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as handlers see it: immutable; filters pass on changed copies
 * ({@link #withHeader}, {@link #withAttribute}, {@link #withPathParameters}).
 */
public final class Request {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Parameters query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Map<String, String> pathParameters;
    private final Map<Class<?>, Object> attributes;

    private Request(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                    Map<String, String> pathParameters, Map<Class<?>, Object> attributes) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = Parameters.parse(rawQuery);
        this.headers = headers;
        this.body = body;
        this.pathParameters = pathParameters;
        this.attributes = attributes;
    }

    /**
     * @param path     the decoded path, e.g. {@code /v1/products}
     * @param rawQuery the query string as sent (still percent-encoded), or null
     */
    public static Request of(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null) {
                caseInsensitive.put(name, List.copyOf(values));
            }
        });
        return new Request(method.toUpperCase(Locale.ROOT), path, rawQuery, caseInsensitive,
                body == null ? new byte[0] : body, Map.of(), Map.of());
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    /** The query string as sent, without the {@code ?}; empty when there is none. */
    public String rawQuery() {
        return rawQuery == null ? "" : rawQuery;
    }

    public Parameters query() {
        return query;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.getFirst());
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    /** A parameter bound from the route template, e.g. {@code customer-id}. */
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalStateException("The route has no path parameter '" + name + "'");
        }
        return value;
    }

    public <T> Optional<T> attribute(Class<T> type) {
        return Optional.ofNullable(type.cast(attributes.get(type)));
    }

    public Request withPathParameters(Map<String, String> parameters) {
        return new Request(method, path, rawQuery, headers, body, Map.copyOf(parameters), attributes);
    }

    public Request withHeader(String name, String value) {
        Map<String, List<String>> changed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        changed.putAll(headers);
        changed.put(name, List.of(value));
        return new Request(method, path, rawQuery, changed, body, pathParameters, attributes);
    }

    public Request withAttribute(Object value) {
        Map<Class<?>, Object> changed = new HashMap<>(attributes);
        changed.put(value.getClass(), value);
        return new Request(method, path, rawQuery, headers, body, pathParameters, Map.copyOf(changed));
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery);
    }
}

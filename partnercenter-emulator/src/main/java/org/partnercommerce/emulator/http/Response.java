package org.partnercommerce.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A complete response (status, headers, body bytes), immutable. Complete on purpose: it can be
 * stored and replayed, or thrown away by a fault that drops the connection.
 */
public final class Response {

    private final int status;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final boolean dropsConnection;

    private Response(int status, Map<String, List<String>> headers, byte[] body, boolean dropsConnection) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.dropsConnection = dropsConnection;
    }

    private Response(int status, Map<String, List<String>> headers, byte[] body) {
        this(status, headers, body, false);
    }

    public static Response of(int status, String contentType, byte[] body) {
        return new Response(status, Map.of(), body.clone()).withHeader("Content-Type", contentType);
    }

    /** A response from stored parts, e.g. to replay one. */
    public static Response of(int status, Map<String, List<String>> headers, byte[] body) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return new Response(status, Collections.unmodifiableMap(copy), body.clone());
    }

    public static Response text(int status, String text) {
        return of(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    public static Response empty(int status) {
        return new Response(status, Map.of(), new byte[0]);
    }

    /**
     * No answer at all: the dispatcher closes the connection without writing a status line, so
     * the client sees the connection end (EOF) where it expected a response. Whatever work led
     * here has been done; only the answer is lost.
     */
    public static Response dropConnection() {
        return new Response(0, Map.of(), new byte[0], true);
    }

    public boolean dropsConnection() {
        return dropsConnection;
    }

    public int status() {
        return status;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .flatMap(entry -> entry.getValue().stream())
                .findFirst();
    }

    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** Sets the header, replacing any value it had. */
    public Response withHeader(String name, String value) {
        Map<String, List<String>> changed = copyWithout(name);
        changed.put(name, List.of(value));
        return new Response(status, Collections.unmodifiableMap(changed), body, dropsConnection);
    }

    /** Adds a value to the header, keeping those it had (e.g. a second {@code WWW-Authenticate} challenge). */
    public Response addHeader(String name, String value) {
        List<String> values = new ArrayList<>();
        headers.forEach((existing, existingValues) -> {
            if (existing.equalsIgnoreCase(name)) {
                values.addAll(existingValues);
            }
        });
        values.add(value);
        Map<String, List<String>> changed = copyWithout(name);
        changed.put(name, List.copyOf(values));
        return new Response(status, Collections.unmodifiableMap(changed), body, dropsConnection);
    }

    /** Sets the header only when the response does not have it yet. */
    public Response withHeaderIfAbsent(String name, String value) {
        return header(name).isPresent() ? this : withHeader(name, value);
    }

    private Map<String, List<String>> copyWithout(String name) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((existing, values) -> {
            if (!existing.equalsIgnoreCase(name)) {
                copy.put(existing, values);
            }
        });
        return copy;
    }

    @Override
    public String toString() {
        return dropsConnection ? "(connection dropped)" : status + " (" + body.length + " bytes)";
    }
}

package org.partnercommerce.emulator.wire;

import java.util.List;

/**
 * {@code {"uri": "/products/...", "method": "GET", "headers": []}}. URIs are relative and,
 * as in most Partner Center samples, carry no {@code /v1} prefix.
 */
public record Link(String uri, String method, List<Header> headers) {

    public static Link get(String uri) {
        return new Link(uri, "GET", List.of());
    }

    public record Header(String key, String value) {
    }
}

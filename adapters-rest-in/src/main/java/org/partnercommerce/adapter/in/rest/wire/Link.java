package org.partnercommerce.adapter.in.rest.wire;

import java.util.List;

/** Partner Center's link: a relative URI (without {@code /v1}), its method and headers. */
public record Link(String uri, String method, List<Header> headers) {

    public record Header(String key, String value) {
    }

    public static Link get(String uri) {
        return new Link(uri, "GET", List.of());
    }
}

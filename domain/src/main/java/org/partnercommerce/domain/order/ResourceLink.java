package org.partnercommerce.domain.order;

import java.util.List;
import java.util.Objects;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A link Partner Center gives with a resource: a URI relative to its API (mostly without
 * {@code /v1}), the method to use on it and the headers to send ({@code MS-ContinuationToken}, ...).
 * Kept as Partner Center wrote it.
 *
 * @param method {@code GET} when Partner Center names none
 */
public record ResourceLink(String uri, String method, List<Header> headers) {

    /** A header to send with the request the link names. */
    public record Header(String key, String value) {

        public Header {
            Objects.requireNonNull(key, "key");
            value = value == null ? "" : value;
        }
    }

    public ResourceLink {
        if (uri == null || uri.isBlank()) {
            throw new InvalidValue("uri", "A link has a URI.");
        }
        method = method == null || method.isBlank() ? "GET" : method;
        headers = headers == null ? List.of() : List.copyOf(headers);
    }

    public static ResourceLink get(String uri) {
        return new ResourceLink(uri, "GET", List.of());
    }
}

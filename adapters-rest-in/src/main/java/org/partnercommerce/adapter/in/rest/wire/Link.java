package org.partnercommerce.adapter.in.rest.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.order.ResourceLink;

/** Partner Center's link: a relative URI (without {@code /v1}), its method and headers. */
public record Link(String uri, String method, List<Header> headers) {

    public record Header(String key, String value) {
    }

    public static Link get(String uri) {
        return new Link(uri, "GET", List.of());
    }

    /** A link as Partner Center gave it. */
    public static Link from(ResourceLink link) {
        return new Link(link.uri(), link.method(), link.headers().stream().map(header -> new Header(header.key(), header.value())).toList());
    }

    /** Two links by name, in this order: a resource's JSON is then the same on every instance and every start. */
    public static Map<String, Link> inOrder(String name, Link link, String otherName, Link other) {
        Map<String, Link> links = new LinkedHashMap<>();
        links.put(name, link);
        links.put(otherName, other);
        return Collections.unmodifiableMap(links);
    }
}

package org.partnercommerce.adapter.in.rest.wire;

import java.util.List;
import java.util.Map;

/** Partner Center's collection: the items, their count, a link to itself. */
public record CollectionResponse<T>(int totalCount, List<T> items, Map<String, Link> links, ResourceAttributes attributes) {

    public static <T> CollectionResponse<T> of(List<T> items, String selfUri) {
        return new CollectionResponse<>(items.size(), items, Map.of("self", Link.get(selfUri)), ResourceAttributes.of("Collection"));
    }
}

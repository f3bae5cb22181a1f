package org.partnercommerce.emulator.wire;

import org.partnercommerce.emulator.http.Request;

import java.util.List;
import java.util.Map;

/** {@code {"totalCount": n, "items": [...], "links": {"self": ...}, "attributes": {"objectType": "Collection"}}}. */
public record ResourceCollection<T>(int totalCount, List<T> items, Map<String, Link> links, ResourceAttributes attributes) {

    public static <T> ResourceCollection<T> of(List<T> items, Link self) {
        return new ResourceCollection<>(items.size(), List.copyOf(items), Map.of("self", self), ResourceAttributes.of("Collection"));
    }

    /** A collection whose self link is the request's own path (without {@code /v1}) and query. */
    public static <T> ResourceCollection<T> answering(Request request, List<T> items) {
        return of(items, Link.get(selfUri(request)));
    }

    public static String selfUri(Request request) {
        String path = request.path();
        if (path.regionMatches(true, 0, "/v1/", 0, 4)) {
            path = path.substring(3);
        }
        return request.rawQuery().isEmpty() ? path : path + "?" + request.rawQuery();
    }
}

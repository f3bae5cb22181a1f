package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Partner Center's collection envelope: {@code {"totalCount": n, "items": [...], "links": {...}, "attributes": {...}}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CollectionDto<T>(Integer totalCount, List<T> items, JsonNode links, String continuationToken) {

    /** The items, without nulls; none when Partner Center sent none. */
    public List<T> itemsOrNone() {
        return Wire.list(items);
    }

    /** Whether Partner Center says there is a next page (the catalog lists are not paged today). */
    public boolean hasNextPage() {
        return links != null && links.hasNonNull("next");
    }
}

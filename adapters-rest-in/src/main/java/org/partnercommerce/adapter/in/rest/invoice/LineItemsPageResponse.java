package org.partnercommerce.adapter.in.rest.invoice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.invoice.LineItemPage;

/**
 * A seek-paged collection of line items, as Partner Center writes it: the next page is asked with
 * {@code seekOperation=Next} and the {@code continuationToken} as {@code MS-ContinuationToken},
 * which its {@code next} link carries.
 */
public record LineItemsPageResponse(int totalCount, List<InvoiceLineItemResponse> items,
                                    @Schema(description = "Present while more lines remain") String continuationToken,
                                    Map<String, Link> links, ResourceAttributes attributes) {

    static final String CONTINUATION = "MS-ContinuationToken";

    /** @param self the page's own URI (relative, without /v1), without seekOperation */
    static LineItemsPageResponse from(LineItemPage page, String self, String nextSelf) {
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", Link.get(self));
        page.continuationToken().ifPresent(token -> links.put("next",
                new Link(nextSelf, "GET", List.of(new Link.Header(CONTINUATION, token)))));
        List<InvoiceLineItemResponse> items = page.items().stream().map(InvoiceLineItemResponse::from).toList();
        return new LineItemsPageResponse(items.size(), items, page.continuationToken().orElse(null), links,
                ResourceAttributes.of("Collection"));
    }
}

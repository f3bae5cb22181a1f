package org.partnercommerce.domain.invoice;

import java.util.List;
import java.util.Optional;

/**
 * A page of an invoice's line items and, while more remain, the continuation token that asks
 * Partner Center for the next (seek paging: {@code seekOperation=Next} with the token as
 * {@code MS-ContinuationToken}; legacy providers give the next offset instead, written as a token here).
 */
public record LineItemPage(List<InvoiceLineItem> items, Optional<String> continuationToken) {

    public LineItemPage {
        items = List.copyOf(items);
        continuationToken = continuationToken == null ? Optional.empty() : continuationToken.filter(token -> !token.isBlank());
    }
}

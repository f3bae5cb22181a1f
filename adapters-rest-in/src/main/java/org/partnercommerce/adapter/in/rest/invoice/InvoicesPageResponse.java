package org.partnercommerce.adapter.in.rest.invoice;

import java.util.List;
import java.util.Map;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;

/** A page of invoices, newest first, with a {@code next} link (the next offset) while more remain. */
public record InvoicesPageResponse(int totalCount, List<InvoiceResponse> items, Map<String, Link> links, ResourceAttributes attributes) {
}

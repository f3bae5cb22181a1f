package org.partnercommerce.application.port.in.invoice;

import org.partnercommerce.domain.invoice.LineItemPage;

/** An invoice's line items, and those not yet invoiced, page by page as Partner Center gives them. */
public interface ReadInvoiceLineItemsUseCase {

    LineItemPage billed(LineItemsQuery query);

    LineItemPage unbilled(UnbilledLineItemsQuery query);
}

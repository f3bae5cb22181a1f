package org.partnercommerce.domain.invoice;

import java.util.List;
import java.util.OptionalInt;

/** A page of the partner's invoices, newest first, and the offset of the next page when there is one. */
public record InvoicePage(List<Invoice> invoices, OptionalInt nextOffset) {

    public InvoicePage {
        invoices = List.copyOf(invoices);
    }
}

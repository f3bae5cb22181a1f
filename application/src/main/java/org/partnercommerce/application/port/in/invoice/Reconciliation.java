package org.partnercommerce.application.port.in.invoice;

import java.util.Objects;
import java.util.stream.Stream;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;

/**
 * An invoice reconciled against the orders this service placed: the invoice, and its rows
 * ({@link ReconciliationRow}) as a lazy stream — Partner Center's pages are read as the rows are
 * taken, so an invoice of any size is reconciled in constant memory. Take the rows once, and close
 * the stream.
 */
public record Reconciliation(Invoice invoice, Stream<ReconciliationRow> rows) {

    public Reconciliation {
        Objects.requireNonNull(invoice, "invoice");
        Objects.requireNonNull(rows, "rows");
    }
}

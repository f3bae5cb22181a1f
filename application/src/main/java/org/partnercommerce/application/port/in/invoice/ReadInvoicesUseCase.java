package org.partnercommerce.application.port.in.invoice;

import java.util.List;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.invoice.InvoicePage;
import org.partnercommerce.domain.invoice.InvoiceSummary;

/** The partner's invoices as Partner Center has them: its balance, the invoices, one invoice and its statement. */
public interface ReadInvoicesUseCase {

    InvoiceSummary summary(Caller caller);

    List<InvoiceSummary> summaries(Caller caller);

    /** @param size 1 to 200; @param offset 0 or more */
    InvoicePage list(Caller caller, int size, int offset);

    Invoice get(Caller caller, InvoiceId invoiceId);

    /** The invoice's statement, a PDF. */
    byte[] statement(Caller caller, InvoiceId invoiceId);
}

package org.partnercommerce.application.service.invoice;

import java.util.List;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.invoice.ReadInvoicesUseCase;
import org.partnercommerce.application.port.out.PartnerCenterInvoices;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.invoice.InvoicePage;
import org.partnercommerce.domain.invoice.InvoiceSummary;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * Reads the partner's invoices through to Partner Center every time (a balance moves with every
 * payment and invoice; nothing is kept). For the partner's systems and readers only ({@link InvoiceReaders}).
 */
public final class ReadInvoicesService implements ReadInvoicesUseCase {

    public static final int MAXIMUM_INVOICES = 200;

    private final PartnerCenterInvoices partnerCenter;

    public ReadInvoicesService(PartnerCenterInvoices partnerCenter) {
        this.partnerCenter = partnerCenter;
    }

    @Override
    public InvoiceSummary summary(Caller caller) {
        InvoiceReaders.require(caller);
        return partnerCenter.summary();
    }

    @Override
    public List<InvoiceSummary> summaries(Caller caller) {
        InvoiceReaders.require(caller);
        return partnerCenter.summaries();
    }

    @Override
    public InvoicePage list(Caller caller, int size, int offset) {
        InvoiceReaders.require(caller);
        if (size < 1 || size > MAXIMUM_INVOICES) {
            throw new InvalidValue("size", "A page holds 1 to " + MAXIMUM_INVOICES + " invoices, not " + size + ".");
        }
        if (offset < 0) {
            throw new InvalidValue("offset", "An offset is 0 or more, not " + offset + ".");
        }
        return partnerCenter.invoices(size, offset);
    }

    @Override
    public Invoice get(Caller caller, InvoiceId invoiceId) {
        InvoiceReaders.require(caller);
        return partnerCenter.invoice(invoiceId).orElseThrow(() -> NotFound.invoice(invoiceId));
    }

    @Override
    public byte[] statement(Caller caller, InvoiceId invoiceId) {
        InvoiceReaders.require(caller);
        return partnerCenter.statement(invoiceId).orElseThrow(() -> NotFound.invoice(invoiceId));
    }
}

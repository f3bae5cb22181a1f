package org.partnercommerce.application.port.out;

import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.invoice.BillingPeriod;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.invoice.InvoicePage;
import org.partnercommerce.domain.invoice.InvoiceSummary;
import org.partnercommerce.domain.invoice.LineItemPage;
import org.partnercommerce.domain.invoice.LineItemSource;

/**
 * Partner Center's invoices of the partner (reference §2, rows 25 to 30). Every method may throw a
 * {@link PartnerCenterException}; the summaries and the statement are answered to App+User tokens
 * only ({@link PartnerCenterException.Forbidden} otherwise).
 */
public interface PartnerCenterInvoices {

    /** The account balance in the partner's default currency. */
    InvoiceSummary summary();

    /** One summary per currency the partner is invoiced in. */
    List<InvoiceSummary> summaries();

    /** The invoices, newest first, {@code size} from {@code offset}. */
    InvoicePage invoices(int size, int offset);

    /** The invoice; empty when Partner Center does not know it. */
    Optional<Invoice> invoice(InvoiceId id);

    /**
     * A page of the invoice's line items of the source, seek-paged: the first without a token, each
     * next with the token the previous page gave (for a legacy provider the token is the next
     * offset). Empty when Partner Center does not know the invoice.
     */
    Optional<LineItemPage> lineItems(InvoiceId id, LineItemSource source, Optional<String> continuationToken, int size);

    /** A page of the line items not yet invoiced (or of the period invoiced last), in the currency, seek-paged as above. */
    LineItemPage unbilledLineItems(CurrencyCode currency, BillingPeriod period, Optional<String> continuationToken, int size);

    /** The invoice's statement, a PDF; empty when Partner Center does not know the invoice. */
    Optional<byte[]> statement(InvoiceId id);
}

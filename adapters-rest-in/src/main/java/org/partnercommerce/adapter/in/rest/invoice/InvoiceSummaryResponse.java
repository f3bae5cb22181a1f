package org.partnercommerce.adapter.in.rest.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.invoice.InvoiceSummary;

/** Partner Center's InvoiceSummary: the balance in one currency, and the same per invoice type. */
public record InvoiceSummaryResponse(BigDecimal balanceAmount, String currencyCode, String currencySymbol, Instant accountingDate,
                                     Instant firstInvoiceCreationDate, Instant lastPaymentDate, BigDecimal lastPaymentAmount,
                                     Instant latestInvoiceDate, List<DetailResponse> details, ResourceAttributes attributes) {

    public record DetailResponse(String invoiceType, InvoiceSummaryResponse summary) {
    }

    static InvoiceSummaryResponse from(InvoiceSummary summary) {
        return new InvoiceSummaryResponse(summary.balanceAmount(), summary.currencyCode(), summary.currencySymbol(),
                summary.accountingDate().orElse(null), summary.firstInvoiceCreationDate().orElse(null),
                summary.lastPaymentDate().orElse(null), summary.lastPaymentAmount(), summary.latestInvoiceDate().orElse(null),
                summary.details().isEmpty() ? null : summary.details().stream()
                        .map(detail -> new DetailResponse(detail.invoiceType(), from(detail.summary()))).toList(),
                ResourceAttributes.of("InvoiceSummary"));
    }
}

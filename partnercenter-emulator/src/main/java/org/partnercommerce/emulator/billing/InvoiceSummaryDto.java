package org.partnercommerce.emulator.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Partner Center's InvoiceSummary of one currency: the balance (every invoice's total; nothing is
 * paid here), the dates of the first and latest invoice, no payment, and the same figures per
 * invoice type ({@code Recurring}: all the emulator's invoices; {@code OneTime}: none). Every
 * field is written, {@code null} ones too.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InvoiceSummaryDto(BigDecimal balanceAmount, String currencyCode, String currencySymbol, Instant accountingDate,
                                Instant firstInvoiceCreationDate, Instant lastPaymentDate, BigDecimal lastPaymentAmount,
                                Instant latestInvoiceDate, List<Detail> details, Map<String, Link> links, ResourceAttributes attributes) {

    /** The figures of one invoice type. */
    public record Detail(String invoiceType, Figures summary) {
    }

    /** An InvoiceSummary's own figures. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Figures(BigDecimal balanceAmount, String currencyCode, String currencySymbol, Instant accountingDate,
                          Instant firstInvoiceCreationDate, Instant lastPaymentDate, BigDecimal lastPaymentAmount,
                          Instant latestInvoiceDate) {

        static Figures of(List<Invoice> invoices, String currencyCode, String currencySymbol, Instant now) {
            BigDecimal balance = Charge.amount(invoices.stream().map(Invoice::totalCharges).reduce(BigDecimal.ZERO, BigDecimal::add));
            Instant first = invoices.stream().map(Invoice::invoiceDate).min(Instant::compareTo).orElse(null);
            Instant latest = invoices.stream().map(Invoice::invoiceDate).max(Instant::compareTo).orElse(null);
            return new Figures(balance, currencyCode, currencySymbol, now, first, null, Charge.amount(BigDecimal.ZERO), latest);
        }
    }

    /** @param invoices the invoices in the currency */
    public static InvoiceSummaryDto of(List<Invoice> invoices, String currencyCode, String currencySymbol, Instant now, String self) {
        Figures all = Figures.of(invoices, currencyCode, currencySymbol, now);
        Figures none = Figures.of(List.of(), currencyCode, currencySymbol, now);
        return new InvoiceSummaryDto(all.balanceAmount(), currencyCode, currencySymbol, now, all.firstInvoiceCreationDate(), null,
                all.lastPaymentAmount(), all.latestInvoiceDate(), List.of(new Detail("Recurring", all), new Detail("OneTime", none)),
                Map.of("self", Link.get(self)), ResourceAttributes.of("InvoiceSummary"));
    }
}

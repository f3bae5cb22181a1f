package org.partnercommerce.domain.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The partner's account in one currency (reference §1.13): what it owes, its last payment and
 * invoice, and the same by invoice type ({@code Recurring}, {@code OneTime}) in {@code details}.
 */
public record InvoiceSummary(BigDecimal balanceAmount, String currencyCode, String currencySymbol, Optional<Instant> accountingDate,
                             Optional<Instant> firstInvoiceCreationDate, Optional<Instant> lastPaymentDate,
                             BigDecimal lastPaymentAmount, Optional<Instant> latestInvoiceDate, List<Detail> details) {

    /** The summary of one invoice type. */
    public record Detail(String invoiceType, InvoiceSummary summary) {
    }

    public InvoiceSummary {
        balanceAmount = Objects.requireNonNullElse(balanceAmount, BigDecimal.ZERO);
        lastPaymentAmount = Objects.requireNonNullElse(lastPaymentAmount, BigDecimal.ZERO);
        accountingDate = Objects.requireNonNullElse(accountingDate, Optional.empty());
        firstInvoiceCreationDate = Objects.requireNonNullElse(firstInvoiceCreationDate, Optional.empty());
        lastPaymentDate = Objects.requireNonNullElse(lastPaymentDate, Optional.empty());
        latestInvoiceDate = Objects.requireNonNullElse(latestInvoiceDate, Optional.empty());
        details = details == null ? List.of() : List.copyOf(details);
    }
}

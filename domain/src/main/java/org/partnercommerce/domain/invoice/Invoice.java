package org.partnercommerce.domain.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.order.ResourceLink;

/**
 * A Partner Center invoice (reference §1.13): its billing period, its charges and what was paid,
 * in one currency, and where its line items are ({@code invoiceDetails}: a billing provider and
 * line item type each, with a link). Read through, never kept.
 *
 * @param pdfDownloadLink only when read by id; Partner Center's link expires after about 30 minutes
 * @param paidAmount      negative when paid, as Partner Center writes it
 */
public record Invoice(InvoiceId id, Optional<Instant> invoiceDate, Optional<Instant> billingPeriodStartDate,
                      Optional<Instant> billingPeriodEndDate, BigDecimal totalCharges, BigDecimal paidAmount, String currencyCode,
                      String currencySymbol, Optional<String> pdfDownloadLink, List<Detail> invoiceDetails, String documentType,
                      String invoiceType) {

    /** Where one kind of the invoice's line items is: {@code billing_line_items} of the {@code one_time} provider, ... */
    public record Detail(String invoiceLineItemType, String billingProvider, Optional<ResourceLink> link) {

        public Detail {
            link = Objects.requireNonNullElse(link, Optional.empty());
        }
    }

    public Invoice {
        Objects.requireNonNull(id, "id");
        invoiceDate = Objects.requireNonNullElse(invoiceDate, Optional.empty());
        billingPeriodStartDate = Objects.requireNonNullElse(billingPeriodStartDate, Optional.empty());
        billingPeriodEndDate = Objects.requireNonNullElse(billingPeriodEndDate, Optional.empty());
        totalCharges = Objects.requireNonNullElse(totalCharges, BigDecimal.ZERO);
        paidAmount = Objects.requireNonNullElse(paidAmount, BigDecimal.ZERO);
        pdfDownloadLink = Objects.requireNonNullElse(pdfDownloadLink, Optional.empty());
        invoiceDetails = invoiceDetails == null ? List.of() : List.copyOf(invoiceDetails);
    }
}

package org.partnercommerce.emulator.billing;

import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Partner Center's Invoice: its dates, total and currency, nothing paid, one invoice detail (the
 * {@code one_time} billing line items, with the link to read them) and, read by id, the link of its
 * PDF statement.
 *
 * @param pdfDownloadLink only when the invoice is read by id
 */
public record InvoiceDto(String id, Instant invoiceDate, Instant billingPeriodStartDate, Instant billingPeriodEndDate,
                         BigDecimal totalCharges, BigDecimal paidAmount, String currencyCode, String currencySymbol, String pdfDownloadLink,
                         List<Detail> invoiceDetails, String documentType, String invoiceType, List<Object> amendments,
                         Map<String, Link> links, ResourceAttributes attributes) {

    /** An InvoiceDetail: a provider's line items of the invoice and where to read them. */
    public record Detail(String invoiceLineItemType, String billingProvider, Map<String, Link> links, ResourceAttributes attributes) {
    }

    public static InvoiceDto of(Invoice invoice, String currencySymbol, String pdfDownloadLink) {
        Detail oneTime = new Detail("billing_line_items", "one_time",
                Map.of("self", Link.get("/invoices/" + invoice.id() + "/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&size="
                        + InvoiceEndpoints.MAXIMUM_SEEK_PAGE)),
                ResourceAttributes.of("InvoiceLineItem"));
        return new InvoiceDto(invoice.id(), invoice.invoiceDate(), invoice.billingPeriodStartDate(), invoice.billingPeriodEndDate(),
                invoice.totalCharges(), Charge.amount(BigDecimal.ZERO), invoice.currencyCode(), currencySymbol, pdfDownloadLink,
                List.of(oneTime), "invoice", "recurring", List.of(), Map.of("self", Link.get("/invoices/" + invoice.id())),
                ResourceAttributes.of("Invoice"));
    }
}

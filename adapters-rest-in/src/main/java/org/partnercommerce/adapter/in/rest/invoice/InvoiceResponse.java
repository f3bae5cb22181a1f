package org.partnercommerce.adapter.in.rest.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.invoice.Invoice;

/**
 * Partner Center's Invoice. Its line items' links and its statement link lead to this API's own
 * paths, which read them through to Partner Center.
 */
public record InvoiceResponse(String id, Instant invoiceDate, Instant billingPeriodStartDate, Instant billingPeriodEndDate,
                              BigDecimal totalCharges,
                              @Schema(description = "Negative when paid") BigDecimal paidAmount, String currencyCode,
                              String currencySymbol,
                              @Schema(description = "Only when read by id: this API's path of the statement PDF") String pdfDownloadLink,
                              List<DetailResponse> invoiceDetails, String documentType, String invoiceType, Map<String, Link> links,
                              ResourceAttributes attributes) {

    public record DetailResponse(String invoiceLineItemType, String billingProvider, Map<String, Link> links) {
    }

    static InvoiceResponse from(Invoice invoice, boolean withStatement) {
        String self = "/invoices/" + invoice.id();
        return new InvoiceResponse(invoice.id().value(), invoice.invoiceDate().orElse(null), invoice.billingPeriodStartDate().orElse(null),
                invoice.billingPeriodEndDate().orElse(null), invoice.totalCharges(), invoice.paidAmount(), invoice.currencyCode(),
                invoice.currencySymbol(), withStatement ? "/v1" + self + "/documents/statement" : null,
                invoice.invoiceDetails().stream().map(detail -> new DetailResponse(detail.invoiceLineItemType(), detail.billingProvider(),
                        Map.of("self", Link.get(self + "/lineitems?provider=" + provider(detail.billingProvider())
                                + "&invoicelineitemtype=billinglineitems&size=2000")))).toList(),
                invoice.documentType(), invoice.invoiceType(), Map.of("self", Link.get(self)), ResourceAttributes.of("Invoice"));
    }

    /** Partner Center's body writes {@code one_time}; its query takes {@code onetime}. */
    private static String provider(String billingProvider) {
        return billingProvider.replace("_", "").toLowerCase(Locale.ROOT);
    }
}

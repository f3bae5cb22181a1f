package org.partnercommerce.adapter.out.partnercenter.invoice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.adapter.out.partnercenter.order.LinkDto;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceId;

/**
 * Partner Center's Invoice (reference §1.13), read leniently: amounts as numbers or strings, an
 * unreadable date left out. Only a missing or malformed id is refused.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceDto(String id, String invoiceDate, String billingPeriodStartDate, String billingPeriodEndDate, String totalCharges,
                         String paidAmount, String currencyCode, String currencySymbol, String pdfDownloadLink,
                         List<DetailDto> invoiceDetails, String documentType, String invoiceType) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DetailDto(String invoiceLineItemType, String billingProvider, LinksDto links) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LinksDto(LinkDto self) {
    }

    public Invoice toDomain() {
        return new Invoice(InvoiceId.of(id), Optional.ofNullable(Wire.instant(invoiceDate)),
                Optional.ofNullable(Wire.instant(billingPeriodStartDate)), Optional.ofNullable(Wire.instant(billingPeriodEndDate)),
                Wire.decimal(totalCharges), Wire.decimal(paidAmount), Wire.orEmpty(currencyCode), Wire.orEmpty(currencySymbol),
                Wire.text(pdfDownloadLink), Wire.list(invoiceDetails).stream().map(detail -> new Invoice.Detail(
                        Wire.orEmpty(detail.invoiceLineItemType()), Wire.orEmpty(detail.billingProvider()),
                        Optional.ofNullable(detail.links()).flatMap(links -> LinkDto.toDomain(links.self())))).toList(),
                Wire.orEmpty(documentType), Wire.orEmpty(invoiceType));
    }
}

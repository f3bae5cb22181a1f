package org.partnercommerce.adapter.out.partnercenter.invoice;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.invoice.InvoiceSummary;

/** Partner Center's InvoiceSummary, with its per-type details; amounts as numbers or strings. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InvoiceSummaryDto(String balanceAmount, String currencyCode, String currencySymbol, String accountingDate,
                                String firstInvoiceCreationDate, String lastPaymentDate, String lastPaymentAmount,
                                String latestInvoiceDate, List<DetailDto> details) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DetailDto(String invoiceType, InvoiceSummaryDto summary) {
    }

    public InvoiceSummary toDomain() {
        return new InvoiceSummary(Wire.decimal(balanceAmount), Wire.orEmpty(currencyCode), Wire.orEmpty(currencySymbol),
                Optional.ofNullable(Wire.instant(accountingDate)), Optional.ofNullable(Wire.instant(firstInvoiceCreationDate)),
                Optional.ofNullable(Wire.instant(lastPaymentDate)), Wire.decimal(lastPaymentAmount),
                Optional.ofNullable(Wire.instant(latestInvoiceDate)),
                Wire.list(details).stream().filter(detail -> detail.summary() != null)
                        .map(detail -> new InvoiceSummary.Detail(Wire.orEmpty(detail.invoiceType()), detail.summary().toDomain()))
                        .toList());
    }
}

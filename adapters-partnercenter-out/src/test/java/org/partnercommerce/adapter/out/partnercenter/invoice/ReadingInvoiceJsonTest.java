package org.partnercommerce.adapter.out.partnercenter.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceLineItem;
import org.partnercommerce.domain.invoice.InvoiceSummary;

/**
 * Invoices and their lines read leniently, as Partner Center writes them: amounts and quantities as
 * JSON numbers or as strings, ids it leaves empty as absent, dates with or without an offset,
 * fields it adds tomorrow ignored.
 */
class ReadingInvoiceJsonTest {

    @Test
    void aLineItemWithNumbersAsStringsAndEmptyIdsIsRead() throws Exception {
        InvoiceLineItem line = PartnerCenterJson.MAPPER.readValue("""
                {"partnerId": "1234567", "customerId": "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", "resellerMpnId": "",
                 "orderId": "a68736758d9c", "orderDate": "2026-11-03T10:00:00", "productId": "CFQ7TTC0LFLZ", "skuId": "0002",
                 "availabilityId": "CFQ7TTC0K4TS", "chargeType": "New", "unitPrice": "57.0000", "quantity": "5",
                 "subtotal": 285, "totalForCustomer": "285.00", "subscriptionId": "", "reservationOrderId": null,
                 "pcToBCExchangeRate": "1", "billableQuantity": 5.0, "somethingNew": {"a": 1}}""", InvoiceLineItemDto.class).toDomain();
        assertThat(line.unitPrice()).isEqualByComparingTo("57");
        assertThat(line.quantity()).isEqualTo(5);
        assertThat(line.subtotal()).isEqualByComparingTo("285");
        assertThat(line.totalForCustomer()).isEqualByComparingTo("285");
        assertThat(line.billableQuantity()).isEqualTo(5);
        assertThat(line.resellerMpnId()).isEmpty();
        assertThat(line.subscriptionId()).isEmpty();
        assertThat(line.orderId()).contains("a68736758d9c");
        assertThat(line.orderDate()).contains(Instant.parse("2026-11-03T10:00:00Z"));
        assertThat(line.catalogItemId()).isEqualTo("CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS");
        assertThat(line.isCredit()).isFalse();
    }

    @Test
    void anInvoiceAndASummaryAreRead() throws Exception {
        Invoice invoice = PartnerCenterJson.MAPPER.readValue("""
                {"id": "G000024135", "invoiceDate": "2026-12-01T00:00:00Z", "billingPeriodStartDate": "2026-11-01T00:00:00Z",
                 "billingPeriodEndDate": "2026-11-30T00:00:00Z", "totalCharges": "1234.56", "paidAmount": -1000,
                 "currencyCode": "EUR", "currencySymbol": "€", "documentType": "invoice", "invoiceType": "recurring",
                 "invoiceDetails": [{"invoiceLineItemType": "billing_line_items", "billingProvider": "one_time",
                   "links": {"self": {"uri": "/invoices/G000024135/lineitems/OneTime/BillingLineItems", "method": "GET"}}}],
                 "amendments": []}""", InvoiceDto.class).toDomain();
        assertThat(invoice.totalCharges()).isEqualByComparingTo("1234.56");
        assertThat(invoice.paidAmount()).isEqualByComparingTo("-1000");
        assertThat(invoice.billingPeriodEndDate()).contains(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(invoice.invoiceDetails()).singleElement().satisfies(detail -> {
            assertThat(detail.billingProvider()).isEqualTo("one_time");
            assertThat(detail.link()).isPresent();
        });
        assertThat(invoice.pdfDownloadLink()).isEqualTo(Optional.empty());

        InvoiceSummary summary = PartnerCenterJson.MAPPER.readValue("""
                {"balanceAmount": "99.5", "currencyCode": "USD", "lastPaymentAmount": null,
                 "details": [{"invoiceType": "Recurring", "summary": {"balanceAmount": 99.5, "currencyCode": "USD"}}]}""",
                InvoiceSummaryDto.class).toDomain();
        assertThat(summary.balanceAmount()).isEqualByComparingTo("99.5");
        assertThat(summary.details()).singleElement().satisfies(detail -> assertThat(detail.invoiceType()).isEqualTo("Recurring"));
    }
}

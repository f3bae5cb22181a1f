package org.partnercommerce.adapter.in.rest.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.invoice.InvoiceLineItem;

/** Partner Center's OneTimeInvoiceLineItem, every field; amounts as JSON numbers, empty ids as empty strings as Partner Center writes them. */
public record InvoiceLineItemResponse(String partnerId, String customerId, String customerName, String customerDomainName,
                                      String customerCountry, String invoiceNumber, String mpnId, String resellerMpnId, String orderId,
                                      Instant orderDate, String productId, String skuId, String availabilityId, String productName,
                                      String skuName, String chargeType, BigDecimal unitPrice, BigDecimal effectiveUnitPrice,
                                      String unitType, int quantity, BigDecimal subtotal, BigDecimal taxTotal,
                                      BigDecimal totalForCustomer, String currency, String publisherName, String publisherId,
                                      String subscriptionDescription, String subscriptionId, Instant chargeStartDate,
                                      Instant chargeEndDate, String termAndBillingCycle, String alternateId,
                                      String priceAdjustmentDescription, String pricingCurrency, BigDecimal pcToBCExchangeRate,
                                      int billableQuantity, String meterDescription, String reservationOrderId,
                                      String invoiceLineItemType, String billingProvider, ResourceAttributes attributes) {

    static InvoiceLineItemResponse from(InvoiceLineItem line) {
        return new InvoiceLineItemResponse(line.partnerId(), line.customerId(), line.customerName(), line.customerDomainName(),
                line.customerCountry(), line.invoiceNumber(), line.mpnId(), line.resellerMpnId().orElse(""), line.orderId().orElse(""),
                line.orderDate().orElse(null), line.productId(), line.skuId(), line.availabilityId(), line.productName(), line.skuName(),
                line.chargeType(), line.unitPrice(), line.effectiveUnitPrice(), line.unitType(), line.quantity(), line.subtotal(),
                line.taxTotal(), line.totalForCustomer(), line.currency(), line.publisherName(), line.publisherId(),
                line.subscriptionDescription(), line.subscriptionId().orElse(""), line.chargeStartDate().orElse(null),
                line.chargeEndDate().orElse(null), line.termAndBillingCycle(), line.alternateId(), line.priceAdjustmentDescription(),
                line.pricingCurrency(), line.pcToBCExchangeRate(), line.billableQuantity(), line.meterDescription(),
                line.reservationOrderId().orElse(""), line.invoiceLineItemType(), line.billingProvider(),
                ResourceAttributes.of("OneTimeInvoiceLineItem"));
    }
}

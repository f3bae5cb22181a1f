package org.partnercommerce.emulator.billing;

import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Partner Center's OneTimeInvoiceLineItem (a billing line item of the {@code onetime} provider),
 * every field present: the partner and customer, the order and what it bought, the charge and
 * its amounts (no tax; the customer's total is the subtotal), the subscription and the period
 * charged.
 */
public record InvoiceLineItemDto(String partnerId, String customerId, String customerName, String customerDomainName,
                                 String customerCountry, String invoiceNumber, String mpnId, String resellerMpnId, String orderId,
                                 Instant orderDate, String productId, String skuId, String availabilityId, String productName,
                                 String skuName, String chargeType, BigDecimal unitPrice, BigDecimal effectiveUnitPrice, String unitType,
                                 int quantity, BigDecimal subtotal, BigDecimal taxTotal, BigDecimal totalForCustomer, String currency,
                                 String publisherName, String publisherId, String subscriptionDescription, String subscriptionId,
                                 Instant chargeStartDate, Instant chargeEndDate, String termAndBillingCycle, String alternateId,
                                 String priceAdjustmentDescription, String pricingCurrency, BigDecimal pcToBCExchangeRate,
                                 int billableQuantity, String meterDescription, String reservationOrderId, String invoiceLineItemType,
                                 String billingProvider, ResourceAttributes attributes) {

    public static final String BILLING_LINE_ITEMS = "billinglineitems";

    /**
     * @param invoiceNumber the invoice's id; empty for unbilled lines
     * @param customer      the customer charged, when the emulator knows it
     */
    public static InvoiceLineItemDto of(Charge charge, String invoiceNumber, String partnerMpnId, Customer customer) {
        return new InvoiceLineItemDto(partnerMpnId, charge.customerId(), customer == null ? "" : customer.companyName(),
                customer == null ? "" : customer.domain(), customer == null ? "" : customer.country(), invoiceNumber, partnerMpnId,
                charge.resellerMpnId(), charge.orderId(), charge.orderDate(), charge.productId(), charge.skuId(), charge.availabilityId(),
                charge.productName(), charge.skuName(), charge.chargeType(), charge.unitPrice(), charge.unitPrice(), charge.unitType(),
                charge.quantity(), charge.subtotal(), Charge.amount(BigDecimal.ZERO), charge.subtotal(), charge.currency(),
                charge.publisherName(), charge.publisherId(), charge.subscriptionDescription(), charge.subscriptionId(),
                charge.chargeStartDate(), charge.chargeEndDate(), charge.termAndBillingCycle(), charge.alternateId(), "",
                charge.currency(), BigDecimal.ONE, charge.quantity(), "", charge.reservationOrderId(), BILLING_LINE_ITEMS,
                BillingProvider.ONETIME.wire(), ResourceAttributes.of("OneTimeInvoiceLineItem"));
    }
}

package org.partnercommerce.domain.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One billed (or unbilled) line of an invoice, as Partner Center's one-time provider gives it
 * (OneTimeInvoiceLineItem): who was charged, for which order and subscription, what, how many at
 * what price, for which days. Partner Center's free words ({@code chargeType}, {@code unitType},
 * ...) are kept as written; ids it leaves empty are absent.
 */
public record InvoiceLineItem(String invoiceNumber, String partnerId, String customerId, String customerName,
                              String customerDomainName, String customerCountry, String mpnId, Optional<String> resellerMpnId,
                              Optional<String> orderId, Optional<Instant> orderDate, String productId, String skuId,
                              String availabilityId, String productName, String skuName, String chargeType, BigDecimal unitPrice,
                              BigDecimal effectiveUnitPrice, String unitType, int quantity, BigDecimal subtotal, BigDecimal taxTotal,
                              BigDecimal totalForCustomer, String currency, String publisherName, String publisherId,
                              String subscriptionDescription, Optional<String> subscriptionId, Optional<Instant> chargeStartDate,
                              Optional<Instant> chargeEndDate, String termAndBillingCycle, String alternateId,
                              String priceAdjustmentDescription, String pricingCurrency, BigDecimal pcToBCExchangeRate,
                              int billableQuantity, String meterDescription, Optional<String> reservationOrderId,
                              String invoiceLineItemType, String billingProvider) {

    /** The charge types that give money back rather than take it. */
    private static final Set<String> CREDITS = Set.of("cancelimmediate", "customercredit", "removequantity", "refund", "cancel");

    public InvoiceLineItem {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(chargeType, "chargeType");
        unitPrice = Objects.requireNonNullElse(unitPrice, BigDecimal.ZERO);
        effectiveUnitPrice = Objects.requireNonNullElse(effectiveUnitPrice, BigDecimal.ZERO);
        subtotal = Objects.requireNonNullElse(subtotal, BigDecimal.ZERO);
        taxTotal = Objects.requireNonNullElse(taxTotal, BigDecimal.ZERO);
        totalForCustomer = Objects.requireNonNullElse(totalForCustomer, BigDecimal.ZERO);
        pcToBCExchangeRate = Objects.requireNonNullElse(pcToBCExchangeRate, BigDecimal.ONE);
        resellerMpnId = Objects.requireNonNullElse(resellerMpnId, Optional.empty());
        orderId = Objects.requireNonNullElse(orderId, Optional.empty());
        orderDate = Objects.requireNonNullElse(orderDate, Optional.empty());
        subscriptionId = Objects.requireNonNullElse(subscriptionId, Optional.empty());
        chargeStartDate = Objects.requireNonNullElse(chargeStartDate, Optional.empty());
        chargeEndDate = Objects.requireNonNullElse(chargeEndDate, Optional.empty());
        reservationOrderId = Objects.requireNonNullElse(reservationOrderId, Optional.empty());
    }

    /** Whether the line gives money back: a cancellation, a credit, a reduced quantity, or a negative amount. */
    public boolean isCredit() {
        return CREDITS.contains(chargeType.toLowerCase(Locale.ROOT)) || subtotal.signum() < 0;
    }

    /**
     * The catalog item id an order line names: {@code product:sku:availability}, or for a legacy
     * offer (no SKU) its offer id, which Partner Center writes as the product id.
     */
    public String catalogItemId() {
        return skuId.isBlank() ? productId : productId + ":" + skuId + ":" + availabilityId;
    }
}

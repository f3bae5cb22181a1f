package org.partnercommerce.emulator.billing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A charge for something the partner never ordered through this Partner Center (control API
 * {@code POST /emulator/v1/billing/unordered-lines}), billed as {@code new} on the next close,
 * with an order id and a subscription id that no order of the emulator has — or, when the control
 * call names an order, under that order's id: Partner Center charging an order with other values
 * (quantity, price) than it was placed with.
 */
public record UnorderedLine(String customerId, String productId, String skuId, int quantity, BigDecimal unitPrice, String currencyCode,
                            String orderId, String subscriptionId, Instant addedAt) {
}

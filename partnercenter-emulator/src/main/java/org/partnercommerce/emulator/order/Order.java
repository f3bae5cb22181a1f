package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.catalog.BillingCycle;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order placed by a checkout (one per order group) or directly ({@code POST .../orders}). It is
 * {@code pending} until {@code completesAt}, then {@code completed}; it shows in the customer's
 * order list only some time after its creation (Partner Center: up to 15 minutes), while a GET by
 * id sees it at once.
 *
 * @param cartId     the cart it was checked out from, null for a direct order
 * @param orderGroup the cart's order group, null for a direct order
 * @param country    the customer's country, for the catalog links of its lines
 * @param totalPrice the sum of the lines' extended prices, null when the lines are not priced (legacy offers)
 */
public record Order(String id, String alternateId, String customerId, String cartId, String orderGroup, BillingCycle billingCycle,
                    String currencyCode, String currencySymbol, String country, List<OrderLine> lineItems, Instant creationDate,
                    Instant completesAt, String requestId, BigDecimal totalPrice) {

    public Order {
        lineItems = List.copyOf(lineItems);
    }

    public boolean completedAt(Instant now) {
        return !now.isBefore(completesAt);
    }

    /** The order provisioned no later than {@code now}: itself when it already is, else completing at {@code now}. */
    public Order provisionedBy(Instant now) {
        return completedAt(now) ? this : new Order(id, alternateId, customerId, cartId, orderGroup, billingCycle, currencyCode,
                currencySymbol, country, lineItems, creationDate, now, requestId, totalPrice);
    }

    public boolean listedAt(Instant now, Duration listingDelay) {
        return !now.isBefore(creationDate.plus(listingDelay));
    }

    public boolean hasPartnerOfRecord(String mpnId) {
        return lineItems.stream().anyMatch(line -> Objects.equals(line.partnerIdOnRecord(), mpnId)
                || line.additionalPartnerIdsOnRecord().contains(mpnId));
    }
}

package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.cart.CartLine;
import org.partnercommerce.emulator.cart.OrderGroups;
import org.partnercommerce.emulator.cart.Participant;
import org.partnercommerce.emulator.cart.ParticipantType;
import org.partnercommerce.emulator.cart.Pricing;
import org.partnercommerce.emulator.catalog.BillingCycle;
import org.partnercommerce.emulator.catalog.MarketCatalog;
import org.partnercommerce.emulator.catalog.Market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Builds the orders that are placed: from a cart's order group, or from the lines of a direct
 * order. New-commerce orders get a 12-hex id, legacy orders a GUID; every line gets its future
 * subscription id, the partner of record from its {@code transaction_reseller} participant and the
 * additional partners from its {@code additional_transaction_reseller} ones.
 */
public final class NewOrders {

    private final Orders orders;
    private final Provisioning provisioning;

    public NewOrders(Orders orders, Provisioning provisioning) {
        this.orders = orders;
        this.provisioning = provisioning;
    }

    /** The order of one group of a cart's lines (lines without errors, all of one billing cycle). */
    public Order fromCartGroup(String customerId, MarketCatalog market, String cartId, String group, List<CartLine> lines,
                               String requestId, Instant now) {
        boolean legacy = OrderGroups.isLegacy(group);
        List<OrderLine> orderLines = new ArrayList<>();
        for (CartLine line : lines) {
            orderLines.add(new OrderLine(orderLines.size(), line.catalogItemId(),
                    line.friendlyName() != null ? line.friendlyName() : line.itemTitle(), line.quantity(), line.termDuration(),
                    line.renewsTo(), line.promotionId(), line.customTermEndDate(), line.pricing(),
                    participant(line.participants(), ParticipantType.TRANSACTION_RESELLER).stream().findFirst().orElse(null),
                    participant(line.participants(), ParticipantType.ADDITIONAL_TRANSACTION_RESELLER),
                    line.provisioningContext(), line.attestationAccepted(), UUID.randomUUID().toString()));
        }
        boolean atOnce = legacy && lines.stream().allMatch(line -> market.legacyOffer(line.catalogItemId())
                .map(Provisioning::usageBilled).orElse(false));
        return order(legacy, customerId, market.market(), cartId, group, lines.getFirst().billingCycle(), orderLines, requestId, now, atOnce);
    }

    /** A direct order ({@code POST .../orders}) of legacy offers. */
    public Order direct(String customerId, Market market, BillingCycle billingCycle, List<OrderLine> lines, String requestId, Instant now,
                        boolean onlyUsageBilled) {
        return order(true, customerId, market, null, null, billingCycle, lines, requestId, now, onlyUsageBilled);
    }

    private Order order(boolean legacy, String customerId, Market market, String cartId, String group, BillingCycle billingCycle,
                        List<OrderLine> lines, String requestId, Instant now, boolean completesAtOnce) {
        String id = legacy ? orders.newLegacyId() : orders.newModernId();
        return new Order(id, id, customerId, cartId, group, billingCycle, market.currency(), market.currencySymbol(), market.country(),
                lines, now, provisioning.completesAt(now, completesAtOnce), requestId, totalPrice(lines));
    }

    private static BigDecimal totalPrice(List<OrderLine> lines) {
        if (lines.stream().map(OrderLine::pricing).anyMatch(Objects::isNull)) {
            return null;
        }
        return lines.stream().map(OrderLine::pricing).map(Pricing::extendedPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<String> participant(List<Participant> participants, ParticipantType type) {
        return participants.stream().filter(participant -> participant.is(type)).map(Participant::value).toList();
    }
}

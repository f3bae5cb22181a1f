package org.partnercommerce.domain.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderLineItem;

/**
 * The checkout result a cart makes, group by group: one order per group that succeeded,
 * one order error per group that failed, no line lost. An order carries the group's
 * billing cycle and currency and the cart's customer; its lines are numbered 0..n-1 in
 * cart order, with {@code offerId} the catalog item id, the term, quantity and friendly
 * name, the price Partner Center gave the cart line, {@code partnerIdOnRecord} from the
 * {@code transaction_reseller} and {@code additionalPartnerIdsOnRecord} from the
 * {@code additional_transaction_reseller}s.
 */
public final class GroupCheckout {

    private GroupCheckout() {
    }

    public static CheckoutResult resultFor(Cart cart, Function<OrderGroupLines, GroupOutcome> outcomes) {
        List<Order> orders = new ArrayList<>();
        List<OrderError> errors = new ArrayList<>();
        for (OrderGroupLines group : cart.orderGroups()) {
            switch (Objects.requireNonNull(outcomes.apply(group), "outcome of group " + group.group())) {
                case GroupOutcome.Ordered ordered -> orders.add(new Order(ordered.orderId(), cart.customerId(),
                        group.billingCycle(), group.currency(), lineItems(group), ordered.status(), ordered.creationDate()));
                case GroupOutcome.Failed failed -> errors.add(new OrderError(group.group(), failed.code(), failed.description()));
            }
        }
        return new CheckoutResult(orders, errors);
    }

    private static List<OrderLineItem> lineItems(OrderGroupLines group) {
        List<OrderLineItem> items = new ArrayList<>();
        for (CartLineItem item : group.lines()) {
            CartLine line = item.line();
            items.add(new OrderLineItem(items.size(), line.catalogItemId(), line.termDuration(), line.quantity().value(),
                    line.friendlyName(),
                    partnerIds(line, ParticipantRole.TRANSACTION_RESELLER).stream().findFirst(),
                    partnerIds(line, ParticipantRole.ADDITIONAL_TRANSACTION_RESELLER),
                    item.pricing(), Optional.empty()));
        }
        return items;
    }

    private static List<PartnerId> partnerIds(CartLine line, ParticipantRole role) {
        return line.participantsWith(role).stream().map(PartnerId::tryParse).flatMap(Optional::stream).toList();
    }
}

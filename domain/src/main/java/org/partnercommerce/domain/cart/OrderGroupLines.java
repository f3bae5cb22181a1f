package org.partnercommerce.domain.cart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.order.OrderGroup;

/** The lines of one order group of a cart, in line order: what one order of its checkout buys. */
public record OrderGroupLines(OrderGroup group, List<CartLineItem> lines) {

    public OrderGroupLines {
        Objects.requireNonNull(group, "group");
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("An order group has at least one line");
        }
        lines = List.copyOf(lines);
    }

    /** The billing cycle of the group (that of its first line; grouping makes them one). */
    public BillingCycle billingCycle() {
        return lines.getFirst().line().billingCycle();
    }

    /** The currency of the group, if any of its lines has one. */
    public Optional<CurrencyCode> currency() {
        return lines.stream().map(CartLineItem::currency).flatMap(Optional::stream).findFirst();
    }
}

package org.partnercommerce.domain.cart;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.order.OrderGroup;

/**
 * A line of a cart as the cart holds it: its id (0..n-1), the line as asked, its order
 * group, its currency, and what Partner Center said of it (price, error).
 *
 * @param currency absent where neither the catalog nor Partner Center said (legacy offers)
 */
public record CartLineItem(
        int id,
        CartLine line,
        OrderGroup orderGroup,
        Optional<CurrencyCode> currency,
        Optional<Pricing> pricing,
        Optional<CartError> error) {

    public CartLineItem {
        if (id < 0) {
            throw new IllegalArgumentException("A cart line id is 0 or more");
        }
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(orderGroup, "orderGroup");
        currency = Objects.requireNonNullElse(currency, Optional.empty());
        pricing = Objects.requireNonNullElse(pricing, Optional.empty());
        error = Objects.requireNonNullElse(error, Optional.empty());
    }

    /** This line as Partner Center confirmed it: its group, currency, price and error win over ours. */
    CartLineItem confirmedBy(LineConfirmation confirmation) {
        return new CartLineItem(id, line,
                confirmation.orderGroup().orElse(orderGroup),
                confirmation.currency().or(() -> currency),
                confirmation.pricing().or(() -> pricing),
                confirmation.error());
    }
}

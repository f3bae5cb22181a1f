package org.partnercommerce.domain.cart;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.order.OrderGroup;

/**
 * What Partner Center answered about one line when it created or updated the cart: the
 * order group and currency it assigned, the price, and an error if the line has one. Its
 * groups are the ones its checkout will report, so they win over ours.
 */
public record LineConfirmation(
        int lineId,
        Optional<OrderGroup> orderGroup,
        Optional<CurrencyCode> currency,
        Optional<Pricing> pricing,
        Optional<CartError> error) {

    public LineConfirmation {
        if (lineId < 0) {
            throw new IllegalArgumentException("A cart line id is 0 or more");
        }
        orderGroup = Objects.requireNonNullElse(orderGroup, Optional.empty());
        currency = Objects.requireNonNullElse(currency, Optional.empty());
        pricing = Objects.requireNonNullElse(pricing, Optional.empty());
        error = Objects.requireNonNullElse(error, Optional.empty());
    }

    /** A line Partner Center accepted as it was. */
    public static LineConfirmation accepted(int lineId, OrderGroup orderGroup, CurrencyCode currency, Pricing pricing) {
        return new LineConfirmation(lineId, Optional.ofNullable(orderGroup), Optional.ofNullable(currency),
                Optional.ofNullable(pricing), Optional.empty());
    }

    /** A line Partner Center set an error on. */
    public static LineConfirmation failed(int lineId, CartError error) {
        return new LineConfirmation(lineId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(error));
    }
}

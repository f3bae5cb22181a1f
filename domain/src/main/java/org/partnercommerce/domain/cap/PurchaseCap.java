package org.partnercommerce.domain.cap;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.partnercommerce.domain.billing.Money;

/**
 * The most one holder may buy within the caps' window: seats, and spend in each currency named
 * (a currency not named is not capped). {@link #NONE} caps nothing.
 */
public record PurchaseCap(OptionalLong maxSeats, List<Money> maxSpend) {

    public static final PurchaseCap NONE = new PurchaseCap(OptionalLong.empty(), List.of());

    public PurchaseCap {
        Objects.requireNonNull(maxSeats, "maxSeats");
        if (maxSeats.isPresent() && maxSeats.getAsLong() < 0) {
            throw new IllegalArgumentException("A seat cap is 0 or more; got " + maxSeats.getAsLong());
        }
        maxSpend = List.copyOf(maxSpend);
        if (maxSpend.stream().map(Money::currency).distinct().count() != maxSpend.size()) {
            throw new IllegalArgumentException("A spend cap names each currency once; got " + maxSpend);
        }
        if (maxSpend.stream().anyMatch(money -> money.amount().signum() < 0)) {
            throw new IllegalArgumentException("A spend cap is 0 or more; got " + maxSpend);
        }
    }

    public boolean capsNothing() {
        return maxSeats.isEmpty() && maxSpend.isEmpty();
    }
}

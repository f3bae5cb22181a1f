package org.partnercommerce.domain.cap;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.cart.CartLineItem;

/**
 * How much was (or is about to be) bought: seats (the sum of line quantities) and spend (the sum
 * of the lines' extended prices, per currency; a line without a price adds no spend).
 */
public record PurchaseVolume(long seats, Map<CurrencyCode, Money> spend) {

    public static final PurchaseVolume NONE = new PurchaseVolume(0, Map.of());

    public PurchaseVolume {
        if (seats < 0) {
            throw new IllegalArgumentException("Seats bought are 0 or more; got " + seats);
        }
        spend = Map.copyOf(spend);
    }

    /** What buying these cart lines adds. */
    public static PurchaseVolume of(Collection<CartLineItem> lines) {
        PurchaseVolume volume = NONE;
        for (CartLineItem line : lines) {
            volume = volume.plus(new PurchaseVolume(line.line().quantity().value(),
                    line.pricing().map(Pricing::extendedPrice).map(price -> Map.of(price.currency(), price)).orElse(Map.of())));
        }
        return volume;
    }

    /** Seats and amounts, as a store sums them. */
    public static PurchaseVolume of(long seats, List<Money> spend) {
        PurchaseVolume volume = new PurchaseVolume(seats, Map.of());
        for (Money money : spend) {
            volume = volume.plus(new PurchaseVolume(0, Map.of(money.currency(), money)));
        }
        return volume;
    }

    public PurchaseVolume plus(PurchaseVolume other) {
        Map<CurrencyCode, Money> sum = new LinkedHashMap<>(spend);
        other.spend.forEach((currency, money) -> sum.merge(currency, money, Money::plus));
        return new PurchaseVolume(seats + other.seats, sum);
    }

    public Money spentIn(CurrencyCode currency) {
        return spend.getOrDefault(currency, Money.zero(currency));
    }
}

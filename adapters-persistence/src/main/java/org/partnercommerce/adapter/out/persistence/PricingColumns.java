package org.partnercommerce.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;

/** A line's {@link Pricing}: five amounts in one currency, as {@code numeric} columns. Null as a whole when there is no price. */
@Embeddable
public class PricingColumns {

    @Column(name = "price_currency", length = 3)
    String currency;

    @Column(name = "list_price", precision = 38, scale = 10)
    BigDecimal listPrice;

    @Column(name = "discounted_price", precision = 38, scale = 10)
    BigDecimal discountedPrice;

    @Column(name = "prorated_price", precision = 38, scale = 10)
    BigDecimal proratedPrice;

    @Column(name = "price", precision = 38, scale = 10)
    BigDecimal price;

    @Column(name = "extended_price", precision = 38, scale = 10)
    BigDecimal extendedPrice;

    protected PricingColumns() {
    }

    /** The columns of a price, or null (every column null) when there is none. */
    public static PricingColumns from(Optional<Pricing> pricing) {
        return pricing.map(PricingColumns::from).orElse(null);
    }

    private static PricingColumns from(Pricing pricing) {
        PricingColumns columns = new PricingColumns();
        columns.currency = pricing.currency().value();
        columns.listPrice = pricing.listPrice().amount();
        columns.discountedPrice = pricing.discountedPrice().amount();
        columns.proratedPrice = pricing.proratedPrice().amount();
        columns.price = pricing.price().amount();
        columns.extendedPrice = pricing.extendedPrice().amount();
        return columns;
    }

    public static Optional<Pricing> toDomain(PricingColumns columns) {
        if (columns == null || columns.currency == null) {
            return Optional.empty();
        }
        CurrencyCode currency = CurrencyCode.of(columns.currency);
        return Optional.of(new Pricing(Money.of(columns.listPrice, currency), Money.of(columns.discountedPrice, currency),
                Money.of(columns.proratedPrice, currency), Money.of(columns.price, currency),
                Money.of(columns.extendedPrice, currency)));
    }

    /**
     * Amounts are equal by value, whatever their scale: 68.4 as the domain holds it and
     * 68.4000000000 as {@code numeric(38,10)} gives it back are the same price, and a line whose
     * price did not change must not be written again.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof PricingColumns that && Objects.equals(currency, that.currency)
                && sameAmount(listPrice, that.listPrice) && sameAmount(discountedPrice, that.discountedPrice)
                && sameAmount(proratedPrice, that.proratedPrice) && sameAmount(price, that.price)
                && sameAmount(extendedPrice, that.extendedPrice);
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, normal(listPrice), normal(discountedPrice), normal(proratedPrice), normal(price),
                normal(extendedPrice));
    }

    private static boolean sameAmount(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    private static BigDecimal normal(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros();
    }
}

package org.partnercommerce.adapter.out.partnercenter.billing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;

/**
 * The pre-tax prices of a cart or order line (reference §1.7, §0.14):
 * {@code {"listPrice": 30.4, "discountedPrice": 30.4, "proratedPrice": 30.4, "price": 30.4, "extendedPrice": 364.8}}.
 * Read as exact decimals (numbers sent as strings too). The currency is the line's or the order's:
 * the pricing object carries none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PricingDto(BigDecimal listPrice, BigDecimal discountedPrice, BigDecimal proratedPrice, BigDecimal price,
                         BigDecimal extendedPrice) {

    /**
     * The pricing in this currency; empty when the currency is unknown or a price is missing (the
     * domain's pricing has all five; half a pricing would be a guess).
     */
    public Optional<Pricing> toDomain(CurrencyCode currency) {
        if (currency == null || Stream.of(listPrice, discountedPrice, proratedPrice, price, extendedPrice).anyMatch(p -> p == null)) {
            return Optional.empty();
        }
        return Optional.of(new Pricing(Money.of(listPrice, currency), Money.of(discountedPrice, currency),
                Money.of(proratedPrice, currency), Money.of(price, currency), Money.of(extendedPrice, currency)));
    }
}

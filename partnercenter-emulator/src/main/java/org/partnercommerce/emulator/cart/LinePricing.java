package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.catalog.BillingCycle;
import org.partnercommerce.emulator.catalog.Promotion;
import org.partnercommerce.emulator.catalog.Term;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The pricing of a modern cart line, from the seed's list price of its term in the cart's
 * currency (the emulator's reading; Partner Center's arithmetic is not documented):
 * <ul>
 *     <li>{@code listPrice}: the term's list price per licence per billing period;</li>
 *     <li>{@code discountedPrice}: less the promotion's discount, rounded to cents;</li>
 *     <li>{@code proratedPrice} and {@code price}: the discounted price (no proration);</li>
 *     <li>{@code extendedPrice}: price × quantity × billing periods in the term, so a P1Y term billed
 *     monthly at 30.4 extends to 364.8 as in the create-cart sample; one billing period for
 *     one-time, trial and term-less items, and when the billing period covers the term.</li>
 * </ul>
 */
public final class LinePricing {

    private LinePricing() {
    }

    public static Pricing of(Term term, String currency, int quantity, Optional<Promotion> promotion) {
        BigDecimal list = term.listPrice(currency).orElse(BigDecimal.ZERO);
        BigDecimal discounted = promotion
                .map(applied -> list.multiply(BigDecimal.valueOf(100).subtract(applied.discountPercent()))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP))
                .orElse(list);
        BigDecimal extended = discounted.multiply(BigDecimal.valueOf(quantity))
                .multiply(BigDecimal.valueOf(billingPeriods(term.termDuration().orElse(null), term.cycle())));
        return new Pricing(list, discounted, discounted, discounted, extended);
    }

    static long billingPeriods(String termDuration, BillingCycle cycle) {
        long termMonths = months(termDuration);
        long periodMonths = switch (cycle) {
            case MONTHLY -> 1;
            case ANNUAL -> 12;
            case BIENNIAL -> 24;
            case TRIENNIAL -> 36;
            default -> termMonths;
        };
        return periodMonths <= 0 ? 1 : Math.max(1, termMonths / periodMonths);
    }

    static long months(String termDuration) {
        if (termDuration == null) {
            return 0;
        }
        try {
            return Period.parse(termDuration).toTotalMonths();
        } catch (DateTimeParseException notAPeriod) {
            return 0;
        }
    }
}

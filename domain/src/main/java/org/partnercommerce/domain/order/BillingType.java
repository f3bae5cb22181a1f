package org.partnercommerce.domain.order;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * The billing cycle type a customer's orders are listed by ({@code billingType}): one-time
 * purchases (reservations, perpetual software) apart from monthly and annual ones. Any billing
 * cycle an order can have, but {@code unknown}. Read as Partner Center reads it — its documentation
 * writes {@code onetime}, its SDK {@code OneTime}, its orders {@code one_time} — and written as its
 * documentation writes it.
 */
public record BillingType(BillingCycle cycle) {

    /** The cycles an order can be listed by, in Partner Center's order. */
    public static final List<BillingCycle> LISTABLE = Arrays.stream(BillingCycle.values())
            .filter(cycle -> cycle != BillingCycle.UNKNOWN).toList();

    public BillingType {
        Objects.requireNonNull(cycle, "cycle");
        if (cycle == BillingCycle.UNKNOWN) {
            throw refused(cycle.wireName());
        }
    }

    public static BillingType of(BillingCycle cycle) {
        return new BillingType(cycle);
    }

    /** {@code monthly}, {@code onetime}, {@code one_time}, {@code OneTime}, ... in any case; anything else is refused naming the values allowed. */
    public static BillingType parse(String value) {
        String wanted = fold(value);
        return LISTABLE.stream().filter(cycle -> fold(cycle.wireName()).equals(wanted)).findFirst()
                .map(BillingType::new).orElseThrow(() -> refused(value));
    }

    /** Whether the order is billed so. */
    public boolean includes(Order order) {
        return order.billingCycle() == cycle;
    }

    /** As Partner Center's documentation writes it in the query: {@code monthly}, {@code onetime}. */
    public String value() {
        return cycle.wireName().replace("_", "");
    }

    @Override
    public String toString() {
        return value();
    }

    private static InvalidValue refused(String value) {
        return new InvalidValue("billingType", "'" + value + "' is not a billing type; expected one of "
                + LISTABLE.stream().map(cycle -> cycle.wireName().replace("_", "")).collect(Collectors.joining(", ")) + ".");
    }

    private static String fold(String value) {
        return value == null ? "" : value.replace("_", "").replace("-", "").trim().toLowerCase(Locale.ROOT);
    }
}

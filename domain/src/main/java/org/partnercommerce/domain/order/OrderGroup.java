package org.partnercommerce.domain.order;

import java.util.regex.Pattern;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * The group of cart lines that can be bought together in one order: {@code "0"},
 * {@code "1"}, ... for the modern catalog, {@code "OMS-0"}, {@code "OMS-1"}, ... for
 * legacy offers. Checkout makes one order (or one order error) per group.
 */
public record OrderGroup(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,31}");
    private static final String LEGACY_PREFIX = "OMS-";

    public OrderGroup {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValue("orderGroup", "'" + value + "' is not an order group, such as 0, 1 or OMS-0.");
        }
    }

    public static OrderGroup of(String value) {
        return new OrderGroup(value);
    }

    /** The n-th group of the modern catalog: {@code "0"}, {@code "1"}, ... */
    public static OrderGroup modern(int number) {
        return new OrderGroup(Integer.toString(requireNumber(number)));
    }

    /** The n-th group of legacy offers: {@code "OMS-0"}, {@code "OMS-1"}, ... */
    public static OrderGroup legacy(int number) {
        return new OrderGroup(LEGACY_PREFIX + requireNumber(number));
    }

    /** Whether the group is ordered through the legacy order system ({@code OMS-n}). */
    public boolean isLegacy() {
        return value.startsWith(LEGACY_PREFIX);
    }

    private static int requireNumber(int number) {
        if (number < 0) {
            throw new IllegalArgumentException("Order groups are numbered from 0");
        }
        return number;
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.partnercommerce.domain.order;

import java.util.regex.Pattern;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * An order's id as Partner Center assigns it: a GUID (legacy), a 33-character url-safe id
 * (modern, 2019), or 12 hex digits equal to the alternate id (new commerce).
 */
public record OrderId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public OrderId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValue("orderId", "'" + value + "' is not an order id: letters, digits, '-' and '_', at most 64.");
        }
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

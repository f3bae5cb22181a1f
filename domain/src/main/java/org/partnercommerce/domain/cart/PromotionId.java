package org.partnercommerce.domain.cart;

import java.util.regex.Pattern;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * The id of an optional promotion a line asks for (most new-commerce promotions apply by
 * themselves). Partner Center documents it as "a delimited set of strings"; we take its
 * form to be one to three parts separated by {@code :}, each of letters, digits and
 * dashes ({@code 39NFJQT1Q5KV:0002:39NFJQT1Q5M4}). The value is kept as sent; a line
 * whose promotion id is not of that form breaks a line rule ({@code 10014}).
 */
public record PromotionId(String value) {

    private static final Pattern FORM = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9-]{0,63}(:[A-Za-z0-9][A-Za-z0-9-]{0,63}){0,2}");

    public PromotionId {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("promotionId", "A promotion id, when given, is not blank.");
        }
        value = value.trim();
    }

    public static PromotionId of(String value) {
        return new PromotionId(value);
    }

    public boolean isWellFormed() {
        return FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}

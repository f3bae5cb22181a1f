package org.partnercommerce.domain.billing;

import java.util.Locale;
import java.util.regex.Pattern;
import org.partnercommerce.domain.shared.InvalidValue;

/** An ISO 4217 currency code, upper case: {@code USD}, {@code EUR}. */
public record CurrencyCode(String value) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public CurrencyCode {
        String upper = value == null ? null : value.trim().toUpperCase(Locale.ROOT);
        if (upper == null || !ISO_4217.matcher(upper).matches()) {
            throw new InvalidValue("currencyCode", "'" + value + "' is not an ISO 4217 currency code, such as USD or EUR.");
        }
        value = upper;
    }

    public static CurrencyCode of(String value) {
        return new CurrencyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

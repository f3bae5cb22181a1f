package org.partnercommerce.domain.catalog;

import java.util.regex.Pattern;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.shared.InvalidValue;

/** The currency an availability is sold in: an ISO 4217 code and its symbol. */
public record DefaultCurrency(String code, String symbol) {

    private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

    public DefaultCurrency {
        if (code == null || !ISO_4217.matcher(code).matches()) {
            throw new InvalidValue("currencyCode", "'" + code + "' is not an ISO 4217 currency code.");
        }
    }

    /** The ISO 4217 code as a currency of our billing model. */
    public CurrencyCode currencyCode() {
        return new CurrencyCode(code);
    }
}

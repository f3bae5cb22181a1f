package org.partnercommerce.domain.invoice;

import java.util.Locale;
import org.partnercommerce.domain.shared.InvalidValue;

/** The unbilled period asked about: the one still open ({@code current}) or the one before it ({@code previous}). */
public enum BillingPeriod {
    CURRENT, PREVIOUS;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BillingPeriod parse(String text) {
        for (BillingPeriod period : values()) {
            if (period.value().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return period;
            }
        }
        throw new InvalidValue("period", "'" + text + "' is not a billing period: current or previous.");
    }
}

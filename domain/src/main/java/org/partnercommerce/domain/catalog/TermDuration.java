package org.partnercommerce.domain.catalog;

import java.time.DateTimeException;
import java.time.Period;
import java.util.Locale;
import org.partnercommerce.domain.shared.InvalidValue;

/** The length of a subscription term, as an ISO 8601 period of months or years: {@code P1M}, {@code P1Y}, {@code P3Y}. */
public record TermDuration(Period period) {

    public static final TermDuration ONE_MONTH = new TermDuration(Period.ofMonths(1));
    public static final TermDuration ONE_YEAR = new TermDuration(Period.ofYears(1));
    public static final TermDuration THREE_YEARS = new TermDuration(Period.ofYears(3));

    public TermDuration {
        if (period == null || period.getDays() != 0 || period.isNegative() || period.isZero()) {
            throw new InvalidValue("termDuration", "'" + period + "' is not a term duration: a positive ISO 8601 period of months or years, such as P1M, P1Y or P3Y.");
        }
    }

    public static TermDuration parse(String value) {
        try {
            return new TermDuration(Period.parse(value.trim().toUpperCase(Locale.ROOT)));
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidValue("termDuration", "'" + value + "' is not a term duration: an ISO 8601 period such as P1M, P1Y or P3Y.");
        }
    }

    /** The ISO 8601 form, as Partner Center writes it. */
    public String value() {
        return period.toString();
    }

    @Override
    public String toString() {
        return value();
    }
}

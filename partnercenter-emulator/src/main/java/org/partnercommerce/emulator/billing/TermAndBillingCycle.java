package org.partnercommerce.emulator.billing;

import org.partnercommerce.emulator.catalog.BillingCycle;

import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * An invoice line's {@code termAndBillingCycle}, as Partner Center writes it: {@code 1 Month
 * Subscription, Monthly}, {@code 1 Year Subscription, Annual}, {@code 3 Years Subscription,
 * Triennial}, {@code One-Time Purchase}; the cycle alone for what has no term (the Azure plan).
 */
public final class TermAndBillingCycle {

    public static final String ONE_TIME = "One-Time Purchase";

    private TermAndBillingCycle() {
    }

    public static String of(String termDuration, BillingCycle cycle) {
        if (cycle == BillingCycle.ONE_TIME) {
            return ONE_TIME;
        }
        String cycleName = cycle.termWire();
        String term = term(termDuration);
        return term.isEmpty() ? cycleName : term + " Subscription, " + cycleName;
    }

    private static String term(String termDuration) {
        if (termDuration == null || termDuration.isBlank()) {
            return "";
        }
        try {
            Period period = Period.parse(termDuration.trim());
            long months = period.toTotalMonths();
            if (months > 0 && months % 12 == 0) {
                return plural(months / 12, "Year");
            }
            if (months > 0) {
                return plural(months, "Month");
            }
            return period.getDays() > 0 ? plural(period.getDays(), "Day") : "";
        } catch (DateTimeParseException notAPeriod) {
            return "";
        }
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}

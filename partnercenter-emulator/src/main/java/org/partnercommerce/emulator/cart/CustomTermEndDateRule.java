package org.partnercommerce.emulator.cart;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * {@code customTermEndDate} (reference §3.6): only for NCE licence-based items (Microsoft online
 * services with a term, not trials), else 10016; the date (UTC) must not be in the past, must be
 * the last day of a month (the calendar-month-aligned end dates; co-terming with an existing
 * subscription is not emulated) and must fall within the first term, else 10017.
 */
final class CustomTermEndDateRule {

    private final Clock clock;

    CustomTermEndDateRule(Clock clock) {
        this.clock = clock;
    }

    Optional<CartError> check(Instant customTermEndDate, boolean licenceBased, String termDuration) {
        if (customTermEndDate == null) {
            return Optional.empty();
        }
        if (!licenceBased || termDuration == null) {
            return Optional.of(CartError.of(CartErrorCode.INVALID_CUSTOM_TERM_END_DATE_PRODUCT,
                    "A custom term end date is allowed only for license-based new-commerce items with a term, not trials."));
        }
        LocalDate date = customTermEndDate.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (date.isBefore(today)) {
            return invalid("The custom term end date " + date + " is in the past.");
        }
        if (!date.equals(date.with(TemporalAdjusters.lastDayOfMonth()))) {
            return invalid("The custom term end date " + date + " is not the last day of a month.");
        }
        LocalDate termEnd = today.plus(Period.parse(termDuration));
        if (date.isAfter(termEnd)) {
            return invalid("The custom term end date " + date + " is after the end of a " + termDuration + " term starting today ("
                    + termEnd + ").");
        }
        return Optional.empty();
    }

    private static Optional<CartError> invalid(String description) {
        return Optional.of(CartError.of(CartErrorCode.INVALID_CUSTOM_TERM_END_DATE, description));
    }
}

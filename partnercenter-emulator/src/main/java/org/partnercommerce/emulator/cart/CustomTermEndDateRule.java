package org.partnercommerce.emulator.cart;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.subscription.CustomTermEndDates;

/**
 * {@code customTermEndDate} (reference §3.6): only for NCE licence-based items (Microsoft online
 * services with a term, not trials), else 10016; the date (UTC) must not be in the past and must
 * be one of the days {@link CustomTermEndDates} lists for the customer and the term — a month end
 * within the first term, or the end date of a subscription to co-term with — else 10017.
 */
final class CustomTermEndDateRule {

    private final CustomTermEndDates endDates;

    CustomTermEndDateRule(CustomTermEndDates endDates) {
        this.endDates = endDates;
    }

    Optional<CartError> check(Customer customer, Instant customTermEndDate, boolean licenceBased, String termDuration) {
        if (customTermEndDate == null) {
            return Optional.empty();
        }
        if (!licenceBased || termDuration == null) {
            return Optional.of(CartError.of(CartErrorCode.INVALID_CUSTOM_TERM_END_DATE_PRODUCT,
                    "A custom term end date is allowed only for license-based new-commerce items with a term, not trials."));
        }
        LocalDate date = customTermEndDate.atZone(ZoneOffset.UTC).toLocalDate();
        if (date.isBefore(endDates.today())) {
            return invalid("The custom term end date " + date + " is in the past.");
        }
        if (!endDates.allows(customer.id(), termDuration, date)) {
            return invalid("The custom term end date " + date + " is neither the last day of a month within a " + termDuration
                    + " term starting today nor the end date of a subscription to co-term with.");
        }
        return Optional.empty();
    }

    private static Optional<CartError> invalid(String description) {
        return Optional.of(CartError.of(CartErrorCode.INVALID_CUSTOM_TERM_END_DATE, description));
    }
}

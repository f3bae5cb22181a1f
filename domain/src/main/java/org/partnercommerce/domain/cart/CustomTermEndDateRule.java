package org.partnercommerce.domain.cart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.catalog.PurchaseKind;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.CartRuleViolation;

/**
 * A custom term end date only on a licence-based line bought on a term
 * ({@code 10016}), never in the past (before today, UTC), and only on an allowed end date
 * ({@code 10017}): the last day of a calendar month no later than today plus the term
 * duration (calendar-month alignment), or the end date of a subscription it co-terms with
 * (given by the purchase context).
 */
final class CustomTermEndDateRule implements LineRule {

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        Optional<CustomTermEndDate> endDate = line.line().customTermEndDate();
        if (endDate.isEmpty() || line.item().isEmpty()) {
            return List.of();
        }
        PurchaseKind kind = line.item().get().kind();
        Optional<TermDuration> term = line.line().termDuration();
        if (kind != PurchaseKind.LICENCE_BASED || term.isEmpty()) {
            return List.of(new CartRuleViolation.CustomTermEndDateNotAllowed(line.lineId(), "A custom term end date is only "
                    + "for licence-based subscriptions bought on a term; " + line.title() + " is "
                    + (kind == PurchaseKind.LICENCE_BASED ? "bought without a term duration" : kind.description()) + "."));
        }
        LocalDate date = endDate.get().date();
        LocalDate today = LocalDate.ofInstant(line.now(), ZoneOffset.UTC);
        if (date.isBefore(today)) {
            return List.of(new CartRuleViolation.InvalidCustomTermEndDate(line.lineId(),
                    "The custom term end date " + date + " is in the past (today is " + today + ")."));
        }
        LocalDate latest = today.plus(term.get().period());
        boolean monthEnd = date.equals(date.with(TemporalAdjusters.lastDayOfMonth())) && !date.isAfter(latest);
        if (monthEnd || line.purchase().cotermEndDates().contains(date)) {
            return List.of();
        }
        return List.of(new CartRuleViolation.InvalidCustomTermEndDate(line.lineId(), "The custom term end date " + date
                + " is not an allowed end date for a " + term.get() + " term: the last day of a calendar month no later than "
                + latest + ", or the end date of a subscription to co-term with."));
    }
}

package org.partnercommerce.domain.cart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.partnercommerce.domain.catalog.PurchaseKind;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.CartRuleViolation;

/**
 * A custom term end date only on a licence-based line bought on a term ({@code 10016}), never
 * in the past (before today, UTC), and only on a day Partner Center allows for the line's term
 * ({@code 10017}): the last day of a calendar month within the term, or the end date of one of
 * the customer's subscriptions to co-term with, as Partner Center listed them for this purchase
 * ({@link PurchaseContext#termEndDates()}).
 */
final class CustomTermEndDateRule implements LineRule {

    /** How many co-term days a refusal names at the most. */
    private static final int MOST_LISTED = 5;

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
        AllowedTermEndDates allowed = line.purchase().termEndDates();
        if (allowed.allows(term.get(), date)) {
            return List.of();
        }
        return List.of(new CartRuleViolation.InvalidCustomTermEndDate(line.lineId(), "The custom term end date " + date
                + " is not an allowed end date for a " + term.get() + " term starting today. " + whatIsAllowed(allowed, term.get())));
    }

    private static String whatIsAllowed(AllowedTermEndDates allowed, TermDuration term) {
        SortedSet<LocalDate> monthEnds = allowed.datesFor(term, AllowedTermEndDate.Alignment.CALENDAR_MONTH);
        SortedSet<LocalDate> coterms = allowed.datesFor(term, AllowedTermEndDate.Alignment.SUBSCRIPTION);
        if (monthEnds.isEmpty() && coterms.isEmpty()) {
            return "Partner Center allows none for this customer.";
        }
        StringBuilder text = new StringBuilder("Partner Center allows");
        if (!monthEnds.isEmpty()) {
            text.append(" the last day of a calendar month from ").append(monthEnds.first()).append(" to ").append(monthEnds.last());
        }
        if (!coterms.isEmpty()) {
            text.append(monthEnds.isEmpty() ? " " : ", and ").append("the end date of a subscription to co-term with: ")
                    .append(coterms.stream().limit(MOST_LISTED).map(LocalDate::toString).collect(Collectors.joining(", ")))
                    .append(coterms.size() > MOST_LISTED ? " and " + (coterms.size() - MOST_LISTED) + " more" : "");
        }
        return text.append('.').toString();
    }
}

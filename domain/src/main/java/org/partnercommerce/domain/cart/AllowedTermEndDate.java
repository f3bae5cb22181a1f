package org.partnercommerce.domain.cart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * A day Partner Center allows a new subscription's first term to end on, as it lists them for a
 * customer and a term ({@code GET /customers/{c}/subscriptions/customTermEndDates}): the last day of
 * a calendar month, or the end date of existing subscriptions to co-term with.
 *
 * @param cotermSubscriptionIds the subscriptions ending that day; empty for a month end
 */
public record AllowedTermEndDate(LocalDate date, Alignment alignment, List<SubscriptionId> cotermSubscriptionIds) {

    /** Why the day is allowed, by Partner Center's {@code allowedCustomTermEndDateType}. */
    public enum Alignment {
        CALENDAR_MONTH("calendarMonthAligned"),
        SUBSCRIPTION("subscriptionAligned");

        private final String wireName;

        Alignment(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        /** By its wire name, in any case; empty for a kind Partner Center may add later. */
        public static Optional<Alignment> parse(String wireName) {
            for (Alignment alignment : values()) {
                if (alignment.wireName.equalsIgnoreCase(wireName)) {
                    return Optional.of(alignment);
                }
            }
            return Optional.empty();
        }
    }

    public AllowedTermEndDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(alignment, "alignment");
        cotermSubscriptionIds = List.copyOf(cotermSubscriptionIds);
    }

    public static AllowedTermEndDate monthEnd(LocalDate date) {
        return new AllowedTermEndDate(date, Alignment.CALENDAR_MONTH, List.of());
    }

    public static AllowedTermEndDate cotermWith(LocalDate date, List<SubscriptionId> subscriptions) {
        return new AllowedTermEndDate(date, Alignment.SUBSCRIPTION, subscriptions);
    }
}

package org.partnercommerce.domain.cart;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * The day a line's first term should end, earlier than its full duration (pro-rated),
 * to align it with the end of a month or with another subscription. Partner Center writes
 * it as a date-time at midnight UTC ({@code 2022-02-19T00:00:00Z}); the day is what counts.
 */
public record CustomTermEndDate(LocalDate date) {

    public CustomTermEndDate {
        Objects.requireNonNull(date, "date");
    }

    public static CustomTermEndDate of(LocalDate date) {
        return new CustomTermEndDate(date);
    }

    /** Reads {@code 2022-02-19} or an ISO 8601 date-time such as {@code 2022-02-19T00:00:00Z} (the day as written). */
    public static CustomTermEndDate parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("customTermEndDate", "A custom term end date is an ISO 8601 date, such as 2022-02-19T00:00:00Z.");
        }
        String trimmed = value.trim();
        try {
            return new CustomTermEndDate(trimmed.length() <= 10 ? LocalDate.parse(trimmed)
                    : OffsetDateTime.parse(trimmed).toLocalDate());
        } catch (DateTimeException e) {
            throw new InvalidValue("customTermEndDate", "'" + value + "' is not an ISO 8601 date, such as 2022-02-19T00:00:00Z.");
        }
    }

    /** As Partner Center writes it: midnight UTC of the day. */
    public String value() {
        return date + "T00:00:00Z";
    }

    @Override
    public String toString() {
        return value();
    }
}

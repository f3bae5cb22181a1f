package org.partnercommerce.adapter.out.partnercenter.catalog;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.DomainViolation;

/**
 * Lenient reading of Partner Center's values: a value Partner Center adds tomorrow must not make
 * today's catalog, carts or orders unreadable (reference §6.1). Unknown billing cycles become
 * {@code UNKNOWN}, unknown segments and unreadable periods, dates and currencies become absent.
 * Shared by the DTOs of every package of this adapter.
 */
public final class Wire {

    private Wire() {
    }

    /** {@code monthly}, {@code Monthly}, {@code one_time}, {@code OneTime} ...; anything else is {@code UNKNOWN}. */
    public static BillingCycle billingCycle(String value) {
        if (value == null || value.isBlank()) {
            return BillingCycle.UNKNOWN;
        }
        try {
            return BillingCycle.parse(value);
        } catch (DomainViolation unknown) {
            return BillingCycle.UNKNOWN;
        }
    }

    public static List<BillingCycle> billingCycles(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(Wire::billingCycle).toList();
    }

    public static TargetSegment segment(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TargetSegment.parse(value);
        } catch (DomainViolation unknown) {
            return null;
        }
    }

    public static TermDuration termDuration(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TermDuration.parse(value);
        } catch (DomainViolation unreadable) {
            return null;
        }
    }

    public static Period period(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Period.parse(value.trim().toUpperCase(Locale.ROOT));
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    /** The country Partner Center named, or the one asked for when it named none or an unknown one. */
    public static Country country(String value, Country asked) {
        if (value == null || value.isBlank()) {
            return asked;
        }
        try {
            return Country.of(value.trim());
        } catch (DomainViolation unknown) {
            return asked;
        }
    }

    /**
     * A date-time as Partner Center writes it ({@code 2023-04-18T22:03:45.4505136Z},
     * {@code 2017-04-10T16:02:25.983-07:00}; one without an offset is taken as UTC), or null.
     * Kept to the microsecond, the precision this service stores, so that what is answered from
     * Partner Center's reply and what is answered later from storage are the same.
     */
    public static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return OffsetDateTime.parse(trimmed).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(trimmed).toInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeException unreadable) {
                return null;
            }
        }
    }

    /** A number as Partner Center writes it, a JSON number or a string holding one ({@code "12.50"}), or null when absent or not one. */
    public static BigDecimal decimal(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A whole number as Partner Center writes it (a JSON number or a string), or 0 when absent or not one. */
    public static int whole(String value) {
        BigDecimal number = decimal(value);
        try {
            return number == null ? 0 : number.intValueExact();
        } catch (ArithmeticException notWhole) {
            return 0;
        }
    }

    /** The text, or none when absent or blank. */
    public static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** An ISO 4217 code in any case, or null when absent or not one. */
    public static CurrencyCode currency(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CurrencyCode.of(value);
        } catch (DomainViolation notAnIsoCode) {
            return null;
        }
    }

    /** The value as {@code parse} reads it, or none when it is absent or not one known today. */
    public static <T> Optional<T> known(String value, Function<String, T> parse) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value.trim()));
        } catch (DomainViolation unknown) {
            return Optional.empty();
        }
    }

    public static List<String> strings(Collection<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    public static boolean flag(Boolean value) {
        return value != null && value;
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

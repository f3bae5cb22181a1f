package org.partnercommerce.adapter.out.partnercenter.catalog;

import java.time.DateTimeException;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.DomainViolation;

/**
 * Lenient reading of Partner Center's values: a value Partner Center adds tomorrow must not make
 * today's catalog unreadable (reference §6.1). Unknown billing cycles become {@code UNKNOWN},
 * unknown segments and unreadable periods become absent.
 */
final class Wire {

    private Wire() {
    }

    /** {@code monthly}, {@code Monthly}, {@code one_time}, {@code OneTime} ...; anything else is {@code UNKNOWN}. */
    static BillingCycle billingCycle(String value) {
        if (value == null || value.isBlank()) {
            return BillingCycle.UNKNOWN;
        }
        try {
            return BillingCycle.parse(value);
        } catch (DomainViolation unknown) {
            return BillingCycle.UNKNOWN;
        }
    }

    static List<BillingCycle> billingCycles(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(Wire::billingCycle).toList();
    }

    static TargetSegment segment(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TargetSegment.parse(value);
        } catch (DomainViolation unknown) {
            return null;
        }
    }

    static TermDuration termDuration(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TermDuration.parse(value);
        } catch (DomainViolation unreadable) {
            return null;
        }
    }

    static Period period(String value) {
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
    static Country country(String value, Country asked) {
        if (value == null || value.isBlank()) {
            return asked;
        }
        try {
            return Country.of(value.trim());
        } catch (DomainViolation unknown) {
            return asked;
        }
    }

    static List<String> strings(Collection<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }

    static boolean flag(Boolean value) {
        return value != null && value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

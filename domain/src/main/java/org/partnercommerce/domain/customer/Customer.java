package org.partnercommerce.domain.customer;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.shared.Country;

/**
 * What a purchase needs to know of the customer: its id, its country (which decides the
 * catalog it buys from, and whether additional transaction resellers may be named), the
 * segments it may buy in (commercial, and education, government or nonprofit where it
 * qualifies), and its indirect resellers.
 */
public record Customer(CustomerId id, Country country, Set<TargetSegment> segments, IndirectResellers resellers) {

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(resellers, "resellers");
        if (segments == null || segments.isEmpty()) {
            throw new IllegalArgumentException("A customer buys in at least one segment");
        }
        segments = Set.copyOf(EnumSet.copyOf(segments));
    }

    /** A customer of the commercial segment whose resellers are not known. */
    public static Customer commercial(CustomerId id, Country country) {
        return new Customer(id, country, Set.of(TargetSegment.COMMERCIAL), IndirectResellers.unknown());
    }

    public Customer withResellers(IndirectResellers resellers) {
        return new Customer(id, country, segments, resellers);
    }

    public Customer withSegments(Set<TargetSegment> segments) {
        return new Customer(id, country, segments, resellers);
    }

    public boolean buysIn(TargetSegment segment) {
        return segments.contains(segment);
    }
}

package org.partnercommerce.domain.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One way an availability can be bought: a term duration with a billing cycle
 * (P1Y billed monthly, P1Y billed annually, ...). A term without a duration is bought
 * without one (the Azure plan, perpetual software).
 */
public record AvailabilityTerm(
        String id,
        TermDuration duration,
        String description,
        BillingCycle billingCycle,
        List<CancellationPolicy> cancellationPolicies) {

    public AvailabilityTerm {
        Objects.requireNonNull(billingCycle, "billingCycle");
        cancellationPolicies = List.copyOf(cancellationPolicies);
    }

    public Optional<TermDuration> termDuration() {
        return Optional.ofNullable(duration);
    }

    /** Whether a line with this term duration (or none) and billing cycle buys this term. */
    public boolean matches(TermDuration wantedDuration, BillingCycle wantedCycle) {
        return billingCycle == wantedCycle && Objects.equals(duration, wantedDuration);
    }
}

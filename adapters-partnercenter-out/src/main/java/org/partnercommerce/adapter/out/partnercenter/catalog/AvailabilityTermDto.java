package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.partnercommerce.domain.catalog.AvailabilityTerm;

/**
 * One term of an availability. Its {@code billingCycle} is a plain string that arrives PascalCase
 * ({@code "Monthly"}) where everything else is snake_case (reference §1.9): read in any case, and an
 * unknown cycle is {@code UNKNOWN}, never a failure.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvailabilityTermDto(
        String id,
        String duration,
        String description,
        String billingCycle,
        List<CancellationPolicyDto> cancellationPolicies) {

    public AvailabilityTerm toDomain() {
        return new AvailabilityTerm(
                id,
                Wire.termDuration(duration),
                description,
                Wire.billingCycle(billingCycle),
                Wire.list(cancellationPolicies).stream().map(CancellationPolicyDto::toDomain).toList());
    }
}

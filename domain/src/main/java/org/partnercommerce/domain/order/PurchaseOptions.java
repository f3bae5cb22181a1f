package org.partnercommerce.domain.order;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.catalog.TermDuration;

/**
 * What an order line was bought with beyond its offer, term and quantity, as Partner Center
 * answers it: the term a trial renews to, an optional promotion, a first term ended early, the
 * provisioning context (reservations: subscription, scope, duration), whether the attestation was
 * accepted, and the base subscription of an add-on. Each only where Partner Center gave it.
 */
public record PurchaseOptions(Optional<TermDuration> renewsTo, Optional<String> promotionId, Optional<Instant> customTermEndDate,
                              Map<String, String> provisioningContext, Optional<Boolean> attestationAccepted,
                              Optional<SubscriptionId> parentSubscriptionId) {

    /** A line bought with none of them. */
    public static final PurchaseOptions NONE = new PurchaseOptions(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
            Optional.empty(), Optional.empty());

    public PurchaseOptions {
        renewsTo = Objects.requireNonNullElse(renewsTo, Optional.empty());
        promotionId = Objects.requireNonNullElse(promotionId, Optional.<String>empty()).filter(id -> !id.isBlank());
        customTermEndDate = Objects.requireNonNullElse(customTermEndDate, Optional.empty());
        provisioningContext = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(provisioningContext, Map.of())));
        attestationAccepted = Objects.requireNonNullElse(attestationAccepted, Optional.empty());
        parentSubscriptionId = Objects.requireNonNullElse(parentSubscriptionId, Optional.empty());
    }
}

package org.partnercommerce.domain.entitlement;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.order.ResourceLink;

/**
 * Something an entitlement gives the customer: for an Azure reservation ({@code reservedinstance}),
 * the reservation order, its id as {@code resourceId} and a link to its details.
 *
 * @param dynamicAttributes as Partner Center gave them, e.g. {@code reservationType: virtualmachines}
 */
public record EntitledArtifact(String artifactType, Optional<ResourceLink> link, Optional<String> resourceId,
                               Map<String, String> dynamicAttributes) {

    public static final String RESERVED_INSTANCE = "reservedinstance";

    public EntitledArtifact {
        Objects.requireNonNull(artifactType, "artifactType");
        link = Objects.requireNonNullElse(link, Optional.empty());
        resourceId = Objects.requireNonNullElse(resourceId, Optional.empty());
        dynamicAttributes = dynamicAttributes == null ? Map.of() : Map.copyOf(dynamicAttributes);
    }

    /** Whether this is the reservation order with the id. */
    public boolean isReservationOrder(ReservationOrderId id) {
        return RESERVED_INSTANCE.equalsIgnoreCase(artifactType) && resourceId.filter(id.value()::equalsIgnoreCase).isPresent();
    }
}

package org.partnercommerce.domain.order;

import java.util.Objects;
import java.util.Optional;

/**
 * The links Partner Center gives with an order: to itself, to its provisioning status, and to
 * the {@code PATCH} that changes it (add-ons, billing cycle). Each one only where Partner Center
 * gave it.
 */
public record OrderLinks(Optional<ResourceLink> self, Optional<ResourceLink> provisioningStatus,
                         Optional<ResourceLink> patchOperation) {

    /** An order Partner Center gave no links with. */
    public static final OrderLinks NONE = new OrderLinks(Optional.empty(), Optional.empty(), Optional.empty());

    public OrderLinks {
        self = Objects.requireNonNullElse(self, Optional.empty());
        provisioningStatus = Objects.requireNonNullElse(provisioningStatus, Optional.empty());
        patchOperation = Objects.requireNonNullElse(patchOperation, Optional.empty());
    }
}

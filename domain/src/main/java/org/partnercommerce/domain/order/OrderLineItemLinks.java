package org.partnercommerce.domain.order;

import java.util.Objects;
import java.util.Optional;

/**
 * The links Partner Center gives with an order line: to the product, SKU and availability it
 * bought, and — once provisioned — to its subscription, the subscription's provisioning status
 * and its activation links (SaaS). Each one only where Partner Center gave it.
 */
public record OrderLineItemLinks(Optional<ResourceLink> product, Optional<ResourceLink> sku, Optional<ResourceLink> availability,
                                 Optional<ResourceLink> subscription, Optional<ResourceLink> provisioningStatus,
                                 Optional<ResourceLink> activationLinks) {

    /** A line Partner Center gave no links with. */
    public static final OrderLineItemLinks NONE = new OrderLineItemLinks(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public OrderLineItemLinks {
        product = Objects.requireNonNullElse(product, Optional.empty());
        sku = Objects.requireNonNullElse(sku, Optional.empty());
        availability = Objects.requireNonNullElse(availability, Optional.empty());
        subscription = Objects.requireNonNullElse(subscription, Optional.empty());
        provisioningStatus = Objects.requireNonNullElse(provisioningStatus, Optional.empty());
        activationLinks = Objects.requireNonNullElse(activationLinks, Optional.empty());
    }
}

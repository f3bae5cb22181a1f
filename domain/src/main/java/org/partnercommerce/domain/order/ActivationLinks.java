package org.partnercommerce.domain.order;

import java.util.List;

/**
 * Where the customer activates what one order line bought: the publisher's page for a SaaS plan,
 * once Partner Center has provisioned it. Read through, never kept (Partner Center's links may
 * carry tokens that expire).
 */
public record ActivationLinks(int lineItemNumber, List<ResourceLink> links) {

    public ActivationLinks {
        links = links == null ? List.of() : List.copyOf(links);
    }
}

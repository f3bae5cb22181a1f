package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.partnercommerce.domain.order.OrderLineItemLinks;

/**
 * An order line's links (reference §1.7): {@code product}, {@code sku}, {@code availability}, and once
 * provisioned {@code subscription}, {@code provisioningStatus}, {@code activationLinks}; each may be missing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderLineItemLinksDto(LinkDto product, LinkDto sku, LinkDto availability, LinkDto subscription,
                                    LinkDto provisioningStatus, LinkDto activationLinks) {

    public static OrderLineItemLinks toDomain(OrderLineItemLinksDto links) {
        if (links == null) {
            return OrderLineItemLinks.NONE;
        }
        return new OrderLineItemLinks(LinkDto.toDomain(links.product()), LinkDto.toDomain(links.sku()),
                LinkDto.toDomain(links.availability()), LinkDto.toDomain(links.subscription()),
                LinkDto.toDomain(links.provisioningStatus()), LinkDto.toDomain(links.activationLinks()));
    }
}

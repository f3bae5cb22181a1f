package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.partnercommerce.domain.order.OrderLinks;

/** An order's links (reference §1.6): {@code self}, {@code provisioningStatus}, {@code patchOperation}; each may be missing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderLinksDto(LinkDto self, LinkDto provisioningStatus, LinkDto patchOperation) {

    public static OrderLinks toDomain(OrderLinksDto links) {
        if (links == null) {
            return OrderLinks.NONE;
        }
        return new OrderLinks(LinkDto.toDomain(links.self()), LinkDto.toDomain(links.provisioningStatus()),
                LinkDto.toDomain(links.patchOperation()));
    }
}

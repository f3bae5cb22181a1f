package org.partnercommerce.adapter.in.rest.order;

import java.util.List;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.domain.order.ActivationLinks;

/** One order line's activation links: {@code {"lineItemNumber": 0, "activationLinks": [{"link": {...}}]}}. */
public record ActivationLinksResponse(int lineItemNumber, List<ActivationLinkResponse> activationLinks) {

    public record ActivationLinkResponse(Link link) {
    }

    static ActivationLinksResponse from(ActivationLinks links) {
        return new ActivationLinksResponse(links.lineItemNumber(),
                links.links().stream().map(link -> new ActivationLinkResponse(Link.from(link))).toList());
    }
}

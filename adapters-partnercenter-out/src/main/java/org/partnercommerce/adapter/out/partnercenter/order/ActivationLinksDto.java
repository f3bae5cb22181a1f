package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.order.ActivationLinks;

/** One line's activation links: {@code {"lineItemNumber": 0, "activationLinks": [{"link": {...}}]}}. Links without a URI are left out. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActivationLinksDto(Integer lineItemNumber, List<ActivationLinkDto> activationLinks) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActivationLinkDto(LinkDto link) {
    }

    public ActivationLinks toDomain() {
        if (lineItemNumber == null) {
            throw new IllegalArgumentException("Activation links without their line's number");
        }
        return new ActivationLinks(lineItemNumber, Wire.list(activationLinks).stream()
                .map(activation -> LinkDto.toDomain(activation.link())).flatMap(Optional::stream).toList());
    }
}

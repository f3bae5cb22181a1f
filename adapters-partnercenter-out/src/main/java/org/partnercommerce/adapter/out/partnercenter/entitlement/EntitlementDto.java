package org.partnercommerce.adapter.out.partnercenter.entitlement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.adapter.out.partnercenter.order.LinkDto;
import org.partnercommerce.domain.entitlement.EntitledArtifact;
import org.partnercommerce.domain.entitlement.Entitlement;
import org.partnercommerce.domain.entitlement.QuantityDetail;
import org.partnercommerce.domain.entitlement.ReferenceOrder;
import org.partnercommerce.domain.order.OrderId;

/**
 * Partner Center's Entitlement (reference §1.12), with the entitlements it includes and its
 * artifacts. Dynamic attributes are kept as text (their keys are not stable); an unreadable expiry
 * date is left out. An entitlement without a readable reference order is refused: it could not be
 * scoped to the orders a caller may see.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EntitlementDto(ReferenceOrderDto referenceOrder, String productId, String skuId, Integer quantity,
                             List<QuantityDetailDto> quantityDetails, String entitlementType, String fulfillmentState, String expiryDate,
                             List<EntitlementDto> includedEntitlements, List<ArtifactDto> entitledArtifacts, JsonNode dynamicAttributes) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReferenceOrderDto(String id, String lineItemId, String alternateId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record QuantityDetailDto(Integer quantity, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ArtifactDto(String artifactType, LinkDto link, String resourceId, JsonNode dynamicAttributes) {

        EntitledArtifact toDomain() {
            return new EntitledArtifact(Wire.orEmpty(artifactType), LinkDto.toDomain(link),
                    Optional.ofNullable(resourceId).filter(id -> !id.isBlank()), attributes(dynamicAttributes));
        }
    }

    public Entitlement toDomain() {
        if (referenceOrder == null) {
            throw new IllegalArgumentException("An entitlement without its reference order");
        }
        return new Entitlement(new ReferenceOrder(OrderId.of(referenceOrder.id()), Wire.orEmpty(referenceOrder.lineItemId()),
                Optional.ofNullable(referenceOrder.alternateId()).filter(id -> !id.isBlank())),
                Wire.orEmpty(productId), Wire.orEmpty(skuId), quantity == null ? 0 : quantity,
                Wire.list(quantityDetails).stream().map(detail -> new QuantityDetail(detail.quantity() == null ? 0 : detail.quantity(),
                        Wire.orEmpty(detail.status()))).toList(),
                Wire.orEmpty(entitlementType), Optional.ofNullable(fulfillmentState).filter(state -> !state.isBlank()),
                Optional.ofNullable(Wire.instant(expiryDate)),
                Wire.list(includedEntitlements).stream().map(EntitlementDto::toDomain).toList(),
                Wire.list(entitledArtifacts).stream().map(ArtifactDto::toDomain).toList(), attributes(dynamicAttributes));
    }

    /** An object's scalar members as text; anything else is left out. */
    static Map<String, String> attributes(JsonNode attributes) {
        Map<String, String> text = new LinkedHashMap<>();
        if (attributes != null && attributes.isObject()) {
            attributes.properties().forEach(entry -> {
                if (entry.getValue().isValueNode() && !entry.getValue().isNull()) {
                    text.put(entry.getKey(), entry.getValue().asText());
                }
            });
        }
        return text;
    }
}

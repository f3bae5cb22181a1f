package org.partnercommerce.adapter.in.rest.entitlement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.domain.entitlement.EntitledArtifact;
import org.partnercommerce.domain.entitlement.Entitlement;

/** Partner Center's Entitlement (reference §1.12), as it gave it. */
public record EntitlementResponse(
        List<EntitlementResponse> includedEntitlements,
        ReferenceOrderResponse referenceOrder,
        String productId,
        String skuId,
        int quantity,
        List<QuantityDetailResponse> quantityDetails,
        @Schema(description = "software or reservedinstance, as Partner Center writes it") String entitlementType,
        String fulfillmentState,
        @Schema(description = "Only with showExpiry=true, and only where there is one (not for on-premises software)") Instant expiryDate,
        List<ArtifactResponse> entitledArtifacts,
        Map<String, String> dynamicAttributes) {

    public record ReferenceOrderResponse(String id, String lineItemId, String alternateId) {
    }

    public record QuantityDetailResponse(int quantity, String status) {
    }

    /** An entitled artifact; for a reservation, its link leads to the reservation's details on this API. */
    public record ArtifactResponse(Link link, @Schema(description = "The reservation order's id, for a reservation") String resourceId,
                                   String artifactType, Map<String, String> dynamicAttributes) {

        static ArtifactResponse from(EntitledArtifact artifact) {
            return new ArtifactResponse(artifact.link().map(Link::from).orElse(null), artifact.resourceId().orElse(null),
                    artifact.artifactType(), artifact.dynamicAttributes().isEmpty() ? null : artifact.dynamicAttributes());
        }
    }

    public static EntitlementResponse from(Entitlement entitlement) {
        return new EntitlementResponse(entitlement.includedEntitlements().stream().map(EntitlementResponse::from).toList(),
                new ReferenceOrderResponse(entitlement.referenceOrder().id().value(), entitlement.referenceOrder().lineItemId(),
                        entitlement.referenceOrder().alternateId().orElse(null)),
                entitlement.productId(), entitlement.skuId(), entitlement.quantity(),
                entitlement.quantityDetails().stream().map(detail -> new QuantityDetailResponse(detail.quantity(), detail.status()))
                        .toList(),
                entitlement.entitlementType(), entitlement.fulfillmentState().orElse(null), entitlement.expiryDate().orElse(null),
                entitlement.entitledArtifacts().stream().map(ArtifactResponse::from).toList(),
                entitlement.dynamicAttributes().isEmpty() ? null : entitlement.dynamicAttributes());
    }
}

package org.partnercommerce.domain.entitlement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a customer has the right to use because of a purchase (reference §1.12): perpetual
 * software, an Azure reservation. Read through from Partner Center, never kept.
 *
 * @param expiryDate            only when asked for ({@code showExpiry}) and where there is one (not for on-premises software)
 * @param includedEntitlements  those the purchase brought with it
 * @param entitledArtifacts     what it gives, e.g. the reservation order of a reservation
 */
public record Entitlement(ReferenceOrder referenceOrder, String productId, String skuId, int quantity,
                          List<QuantityDetail> quantityDetails, String entitlementType, Optional<String> fulfillmentState,
                          Optional<Instant> expiryDate, List<Entitlement> includedEntitlements,
                          List<EntitledArtifact> entitledArtifacts, Map<String, String> dynamicAttributes) {

    public Entitlement {
        Objects.requireNonNull(referenceOrder, "referenceOrder");
        Objects.requireNonNull(entitlementType, "entitlementType");
        quantityDetails = quantityDetails == null ? List.of() : List.copyOf(quantityDetails);
        fulfillmentState = Objects.requireNonNullElse(fulfillmentState, Optional.empty());
        expiryDate = Objects.requireNonNullElse(expiryDate, Optional.empty());
        includedEntitlements = includedEntitlements == null ? List.of() : List.copyOf(includedEntitlements);
        entitledArtifacts = entitledArtifacts == null ? List.of() : List.copyOf(entitledArtifacts);
        dynamicAttributes = dynamicAttributes == null ? Map.of() : Map.copyOf(dynamicAttributes);
    }

    /** The artifact of this entitlement, or of one it includes, that is the reservation order with the id. */
    public Optional<EntitledArtifact> reservationOrder(ReservationOrderId id) {
        return Stream.concat(entitledArtifacts.stream(),
                        includedEntitlements.stream().flatMap(included -> included.reservationOrder(id).stream()))
                .filter(artifact -> artifact.isReservationOrder(id)).findFirst();
    }
}

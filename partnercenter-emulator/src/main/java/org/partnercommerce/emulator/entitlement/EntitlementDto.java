package org.partnercommerce.emulator.entitlement;

import org.partnercommerce.emulator.wire.Link;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Partner Center's Entitlement, as its documented samples show it: the order line it comes from
 * ({@code referenceOrder}), the product and SKU, the fulfilled quantity and, for a reservation,
 * the reservation order as its artifact. {@code expiryDate} only when asked for
 * ({@code showExpiry=true}) and only where there is one: perpetual (on-premises) software has none.
 */
public record EntitlementDto(List<EntitlementDto> includedEntitlements, ReferenceOrder referenceOrder, String productId, String skuId,
                             int quantity, List<QuantityDetail> quantityDetails, String entitlementType, String fulfillmentState,
                             Instant expiryDate, List<EntitledArtifact> entitledArtifacts, Map<String, String> dynamicAttributes) {

    static final String FULFILLED = "Fulfilled";

    public record ReferenceOrder(String id, String lineItemId, String alternateId) {
    }

    public record QuantityDetail(int quantity, String status) {
    }

    /** A reservation order: where its details are read, and its id. */
    public record EntitledArtifact(Link link, String resourceId, String artifactType, Map<String, String> dynamicAttributes) {
    }

    public static EntitlementDto of(Entitlement entitlement, boolean showExpiry) {
        Map<String, String> dynamicAttributes = entitlement.reservationType().map(type -> Map.of("reservationType", type)).orElse(null);
        List<EntitledArtifact> artifacts = entitlement.reservationOrderId()
                .map(resource -> List.of(new EntitledArtifact(Link.get(artifactUri(entitlement, resource)), resource,
                        EntitlementType.RESERVED_INSTANCE.wire(), dynamicAttributes)))
                .orElse(List.of());
        return new EntitlementDto(List.of(),
                new ReferenceOrder(entitlement.order().id(), Integer.toString(entitlement.line().lineItemNumber()),
                        entitlement.order().alternateId()),
                entitlement.productId(), entitlement.skuId(), entitlement.line().quantity(),
                List.of(new QuantityDetail(entitlement.line().quantity(), FULFILLED)), entitlement.type().wire(), FULFILLED,
                showExpiry ? entitlement.expiryDate().orElse(null) : null, artifacts,
                entitlement.type() == EntitlementType.RESERVED_INSTANCE ? dynamicAttributes : null);
    }

    /** {@code /customers/{c}/artifacts/reservedinstance/groups/{order id}/lineitems/{line number}/resource/{reservation order id}}. */
    static String artifactUri(Entitlement entitlement, String reservationOrderId) {
        return "/customers/" + entitlement.order().customerId() + "/artifacts/reservedinstance/groups/" + entitlement.order().id()
                + "/lineitems/" + entitlement.line().lineItemNumber() + "/resource/" + reservationOrderId;
    }
}

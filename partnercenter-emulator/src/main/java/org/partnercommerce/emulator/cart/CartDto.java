package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Cart resource (reference §1.2), camelCase, as the create-cart samples show it. */
public record CartDto(String id, Instant creationTimestamp, Instant lastModifiedTimestamp, Instant expirationTimestamp,
                      String lastModifiedUser, String status, Boolean partnerOnRecordAttestationAccepted,
                      List<LineDto> lineItems, Map<String, Link> links, ResourceAttributes attributes) {

    public static CartDto from(Cart cart) {
        return new CartDto(cart.id(), cart.creationTimestamp(), cart.lastModifiedTimestamp(), cart.expirationTimestamp(),
                cart.lastModifiedUser(), cart.status().wire(), cart.partnerOnRecordAttestationAccepted(),
                cart.lineItems().stream().map(LineDto::from).toList(),
                Map.of("self", Link.get("/customers/" + cart.customerId() + "/carts/" + cart.id())), ResourceAttributes.of("Cart"));
    }

    /** A CartLineItem: {@code id} an int, {@code billingCycle} lower snake case, {@code error.errorCode} an int. */
    public record LineDto(int id, String catalogItemId, String friendlyName, int quantity, String currencyCode, String billingCycle,
                          String termDuration, Instant customTermEndDate, String promotionId, List<Participant> participants,
                          Map<String, String> provisioningContext, String orderGroup, RenewsTo renewsTo, Boolean attestationAccepted,
                          CartError error, Pricing pricing) {

        static LineDto from(CartLine line) {
            return new LineDto(line.id(), line.catalogItemId(), line.friendlyName(), line.quantity(), line.currencyCode(),
                    line.billingCycle().wire(), line.termDuration(), line.customTermEndDate(), line.promotionId(),
                    line.participants().isEmpty() ? null : line.participants(),
                    line.legacy() && line.provisioningContext().isEmpty() ? null : line.provisioningContext(),
                    line.orderGroup(), line.renewsTo() == null ? null : new RenewsTo(line.renewsTo()), line.attestationAccepted(),
                    line.error(), line.pricing());
        }
    }

    /** {@code {"termDuration": "P1Y"}}, a single object as the samples send it. */
    public record RenewsTo(String termDuration) {
    }
}

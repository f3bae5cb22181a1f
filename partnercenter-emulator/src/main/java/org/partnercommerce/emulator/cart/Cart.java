package org.partnercommerce.emulator.cart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A cart of a customer. Created {@code Active}, expiring 7 days after creation (an update does
 * not move the expiry); checked out it becomes {@code Ordered} and keeps the checkout's result,
 * which a repeated checkout answers again.
 *
 * @param checkoutResult the CartCheckoutResult answered by the checkout, once {@code Ordered}
 */
public record Cart(String id, String customerId, Instant creationTimestamp, Instant lastModifiedTimestamp,
                   Instant expirationTimestamp, String lastModifiedUser, CartStatus status,
                   Boolean partnerOnRecordAttestationAccepted, List<CartLine> lineItems, JsonNode checkoutResult) {

    public static final Duration LIFETIME = Duration.ofDays(7);

    public Cart {
        lineItems = List.copyOf(lineItems);
    }

    public static Cart create(String id, String customerId, Instant now, String user, Boolean attestationAccepted, List<CartLine> lines) {
        return new Cart(id, customerId, now, now, now.plus(LIFETIME), user, CartStatus.ACTIVE, attestationAccepted, lines, null);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expirationTimestamp);
    }

    @JsonIgnore
    public boolean isOrdered() {
        return status == CartStatus.ORDERED;
    }

    /** The same cart with new lines; the expiry stays. */
    public Cart replacingLines(Instant now, String user, Boolean attestationAccepted, List<CartLine> lines) {
        return new Cart(id, customerId, creationTimestamp, now, expirationTimestamp, user, status, attestationAccepted, lines, null);
    }

    public Cart ordered(Instant now, String user, JsonNode result) {
        return new Cart(id, customerId, creationTimestamp, now, expirationTimestamp, user, CartStatus.ORDERED,
                partnerOnRecordAttestationAccepted, lineItems, result);
    }
}

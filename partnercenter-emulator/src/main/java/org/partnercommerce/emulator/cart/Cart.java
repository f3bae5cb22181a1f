package org.partnercommerce.emulator.cart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A cart of a customer. Created {@code Active}, expiring 7 days after creation (an update does
 * not move the expiry); checked out it becomes {@code Ordered} and keeps the checkout's result,
 * which a repeated checkout answers again. A checkout that left failed order groups keeps the
 * cart {@code Active} with its result so far: the lines can no longer change, and a checkout
 * again re-attempts the failed groups.
 *
 * @param checkoutResult the CartCheckoutResult of its checkouts so far; null before the first
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

    /** Whether a checkout ordered some of its groups, or tried to: its lines can no longer change. */
    @JsonIgnore
    public boolean isCheckedOut() {
        return checkoutResult != null;
    }

    /** The same cart with new lines; the expiry stays. */
    public Cart replacingLines(Instant now, String user, Boolean attestationAccepted, List<CartLine> lines) {
        return new Cart(id, customerId, creationTimestamp, now, expirationTimestamp, user, status, attestationAccepted, lines, null);
    }

    /** The cart after a checkout: {@code Ordered} when no group failed, {@code Active} (for a re-attempt) otherwise. */
    public Cart checkedOut(Instant now, String user, JsonNode result, boolean everyGroupOrdered) {
        return new Cart(id, customerId, creationTimestamp, now, expirationTimestamp, user,
                everyGroupOrdered ? CartStatus.ORDERED : CartStatus.ACTIVE, partnerOnRecordAttestationAccepted, lineItems, result);
    }
}

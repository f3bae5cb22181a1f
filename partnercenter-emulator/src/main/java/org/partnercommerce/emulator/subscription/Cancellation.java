package org.partnercommerce.emulator.subscription;

import java.time.Instant;

/** A subscription cancelled (Partner Center: its status set to {@code deleted}) at a moment, for a customer. */
public record Cancellation(String subscriptionId, String customerId, Instant cancelledAt) {
}

package org.partnercommerce.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How many purchases of one kind — checkouts, or direct orders — are pending, claimed or not, and
 * since when the oldest of them has been: what an operator watches to see a purchase stuck.
 *
 * @param oldestSince when the oldest pending purchase started; empty when none is pending
 */
public record PendingPurchases(long count, Optional<Instant> oldestSince) {

    public static final PendingPurchases NONE = new PendingPurchases(0, Optional.empty());

    public PendingPurchases {
        Objects.requireNonNull(oldestSince, "oldestSince");
        if (count < 0 || (count == 0) != oldestSince.isEmpty()) {
            throw new IllegalArgumentException("Pending purchases have an oldest one exactly when there are some: "
                    + count + ", " + oldestSince);
        }
    }

    /** How long the oldest has been pending at {@code now}; zero when none is (or its clock is ahead of ours). */
    public Duration oldestAge(Instant now) {
        return oldestSince.map(since -> Duration.between(since, now)).filter(age -> !age.isNegative()).orElse(Duration.ZERO);
    }
}

package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A caller's idempotency key, what it was first used for, and its answer once there is one. */
public record IdempotencyRecord(String caller, String key, String fingerprint, Instant claimedAt, Optional<StoredResponse> response) {

    public IdempotencyRecord {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(claimedAt, "claimedAt");
        response = Objects.requireNonNullElse(response, Optional.empty());
    }
}

package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.idempotency.Answer;

/** A caller's idempotency key, what it was first used for, and its answer once there is one. */
public record IdempotencyRecord(String caller, String key, String fingerprint, Instant claimedAt, Optional<Answer> answer) {

    public IdempotencyRecord {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(claimedAt, "claimedAt");
        answer = Objects.requireNonNullElse(answer, Optional.empty());
    }
}

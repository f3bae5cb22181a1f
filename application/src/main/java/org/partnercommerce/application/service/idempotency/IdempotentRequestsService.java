package org.partnercommerce.application.service.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.partnercommerce.application.port.in.idempotency.Answer;
import org.partnercommerce.application.port.in.idempotency.IdempotencyClaim;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequest;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequestsUseCase;
import org.partnercommerce.application.port.out.IdempotencyRecord;
import org.partnercommerce.application.port.out.IdempotencyRecords;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;

/**
 * The semantics of the IETF idempotency-key draft, as the payment APIs run them: keys are
 * the caller's own; a key claimed and never answered (its instance died) may be taken over
 * once {@code abandonedAfter} has passed; keys are forgotten {@code retention} after first use.
 * A key whose request failed is freed for its retry at once, or, if the database cannot be
 * reached, as soon as it can again ({@link ReleaseHeldClaimsService}).
 */
public final class IdempotentRequestsService implements IdempotentRequestsUseCase {

    private final IdempotencyRecords records;
    private final InstantSource clock;
    private final Duration abandonedAfter;
    private final Duration retention;
    private final ReleaseHeldClaimsService held;

    public IdempotentRequestsService(IdempotencyRecords records, InstantSource clock, Duration abandonedAfter, Duration retention,
                                     ReleaseHeldClaimsService held) {
        this.records = records;
        this.held = held;
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
        this.retention = retention;
    }

    @Override
    public IdempotencyClaim claim(IdempotentRequest request) {
        Instant now = clock.instant();
        if (records.claim(request.caller(), request.key(), request.fingerprint(), now)) {
            return new IdempotencyClaim.Proceed(now);
        }
        Optional<IdempotencyRecord> held = records.find(request.caller(), request.key());
        if (held.isEmpty()) {
            // released between our claim and our look: one more try
            return records.claim(request.caller(), request.key(), request.fingerprint(), now)
                    ? new IdempotencyClaim.Proceed(now) : new IdempotencyClaim.InFlight();
        }
        IdempotencyRecord record = held.get();
        if (!record.fingerprint().equals(request.fingerprint())) {
            return new IdempotencyClaim.KeyReused();
        }
        if (record.answer().isPresent()) {
            return new IdempotencyClaim.Replay(record.answer().get());
        }
        if (records.reclaim(request.caller(), request.key(), now.minus(abandonedAfter), now)) {
            return new IdempotencyClaim.Proceed(now);
        }
        return new IdempotencyClaim.InFlight();
    }

    @Override
    public void remember(IdempotentRequest request, Answer answer) {
        records.answer(request.caller(), request.key(), answer);
    }

    @Override
    public void release(IdempotentRequest request, IdempotencyClaim.Proceed claim) {
        held.releaseKey(request.caller(), request.key(), claim.claimedAt());
    }

    @Override
    public int forgetExpired() {
        return records.forgetClaimedBefore(clock.instant().minus(retention));
    }
}

package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.partnercommerce.application.port.in.idempotency.Answer;

/** The idempotency keys callers sent, with their answers. Each method is its own unit of work. */
public interface IdempotencyRecords {

    /**
     * Records the key as claimed for this fingerprint, atomically across instances.
     *
     * @return false when the caller's key is recorded already (by this or any instance)
     */
    boolean claim(String caller, String key, String fingerprint, Instant now);

    Optional<IdempotencyRecord> find(String caller, String key);

    /** Takes over a claim left unanswered since {@code staleBefore}; false if it was answered or renewed meanwhile. */
    boolean reclaim(String caller, String key, Instant staleBefore, Instant now);

    /** Keeps the key's answer; a key answered already keeps its first answer. */
    void answer(String caller, String key, Answer answer);

    /**
     * Frees the key while it has no answer and is still the claim made at {@code claimedAt}: an
     * answered key is kept, for it decided something, and a claim another request has taken over
     * since ({@link #reclaim}) is that request's to answer or release.
     */
    void release(String caller, String key, Instant claimedAt);

    /** Forgets keys claimed before the cutoff; returns how many. */
    int forgetClaimedBefore(Instant cutoff);
}

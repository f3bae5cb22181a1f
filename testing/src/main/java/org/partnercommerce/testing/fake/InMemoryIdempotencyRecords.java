package org.partnercommerce.testing.fake;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnercommerce.application.port.in.idempotency.Answer;
import org.partnercommerce.application.port.out.IdempotencyRecord;
import org.partnercommerce.application.port.out.IdempotencyRecords;

/** Idempotency keys in memory. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {

    private record Key(String caller, String key) {
    }

    private final Map<Key, IdempotencyRecord> records = new ConcurrentHashMap<>();
    private final Outage outage;

    public InMemoryIdempotencyRecords() {
        this(new Outage());
    }

    /** Keys that cannot be released while {@code outage} lasts. */
    public InMemoryIdempotencyRecords(Outage outage) {
        this.outage = outage;
    }

    @Override
    public boolean claim(String caller, String key, String fingerprint, Instant now) {
        return records.putIfAbsent(new Key(caller, key), new IdempotencyRecord(caller, key, fingerprint, now, Optional.empty())) == null;
    }

    @Override
    public Optional<IdempotencyRecord> find(String caller, String key) {
        return Optional.ofNullable(records.get(new Key(caller, key)));
    }

    @Override
    public boolean reclaim(String caller, String key, Instant staleBefore, Instant now) {
        boolean[] taken = {false};
        records.computeIfPresent(new Key(caller, key), (k, held) -> {
            if (held.answer().isEmpty() && held.claimedAt().isBefore(staleBefore)) {
                taken[0] = true;
                return new IdempotencyRecord(caller, key, held.fingerprint(), now, Optional.empty());
            }
            return held;
        });
        return taken[0];
    }

    @Override
    public void answer(String caller, String key, Answer response) {
        records.computeIfPresent(new Key(caller, key), (k, held) -> held.answer().isPresent() ? held
                : new IdempotencyRecord(caller, key, held.fingerprint(), held.claimedAt(), Optional.of(response)));
    }

    @Override
    public void release(String caller, String key, Instant claimedAt) {
        outage.check("release of an idempotency key");
        records.computeIfPresent(new Key(caller, key),
                (k, held) -> held.answer().isEmpty() && held.claimedAt().equals(claimedAt) ? null : held);
    }

    @Override
    public int forgetClaimedBefore(Instant cutoff) {
        int before = records.size();
        records.values().removeIf(record -> record.claimedAt().isBefore(cutoff));
        return before - records.size();
    }
}

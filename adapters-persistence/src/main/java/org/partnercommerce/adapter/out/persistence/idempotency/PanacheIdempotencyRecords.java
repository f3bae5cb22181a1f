package org.partnercommerce.adapter.out.persistence.idempotency;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.Session;
import org.partnercommerce.adapter.out.persistence.UnitOfWork;
import org.partnercommerce.application.port.in.idempotency.Answer;
import org.partnercommerce.application.port.out.IdempotencyRecord;
import org.partnercommerce.application.port.out.IdempotencyRecords;

/**
 * Idempotency keys in {@code idempotency_keys}, keyed by (caller, key).
 *
 * <ul>
 *   <li>{@link #claim} is {@code INSERT ... ON CONFLICT DO NOTHING} on that primary key: one
 *       statement, atomic across instances, that counts 0 rows on a duplicate instead of
 *       failing — the surrounding unit of work goes on unharmed (on H2 and PostgreSQL alike).
 *       A concurrent claim of the same key waits for the first to commit or roll back.</li>
 *   <li>{@link #reclaim}, {@link #answer}, {@link #release} and {@link #forgetClaimedBefore} are
 *       single conditional statements ({@code answer} and {@code release} only touch a key not
 *       answered yet); {@link #find} hands out a copy.</li>
 * </ul>
 *
 * Every method joins the caller's unit of work or runs in its own.
 */
@ApplicationScoped
public class PanacheIdempotencyRecords implements IdempotencyRecords {

    private final IdempotencyKeyEntityRepository repository;

    PanacheIdempotencyRecords(IdempotencyKeyEntityRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean claim(String caller, String key, String fingerprint, Instant now) {
        return UnitOfWork.joining(() -> repository.getEntityManager().unwrap(Session.class).createNativeMutationQuery("""
                        insert into idempotency_keys (caller, idempotency_key, fingerprint, claimed_at)
                        values (:caller, :key, :fingerprint, :now)
                        on conflict do nothing""")
                .setParameter("caller", caller, String.class)
                .setParameter("key", key, String.class)
                .setParameter("fingerprint", fingerprint, String.class)
                .setParameter("now", now, Instant.class)
                .executeUpdate() == 1);
    }

    @Override
    public Optional<IdempotencyRecord> find(String caller, String key) {
        return UnitOfWork.joining(() -> {
            IdempotencyKeyEntity entity = repository.findById(new IdempotencyKeyEntity.Key(caller, key));
            if (entity == null) {
                return Optional.<IdempotencyRecord>empty();
            }
            repository.getEntityManager().detach(entity);
            return Optional.of(entity.toDomain());
        });
    }

    @Override
    public boolean reclaim(String caller, String key, Instant staleBefore, Instant now) {
        return UnitOfWork.joining(() -> repository.update("""
                        claimedAt = :now
                        where caller = :caller and idempotencyKey = :key and responseStatus is null and claimedAt < :staleBefore""",
                Parameters.with("now", now).and("caller", caller).and("key", key).and("staleBefore", staleBefore)) == 1);
    }

    @Override
    public void answer(String caller, String key, Answer answer) {
        UnitOfWork.joining(() -> repository.update("""
                        responseStatus = :status, responseContentType = :contentType, responseBody = :body
                        where caller = :caller and idempotencyKey = :key and responseStatus is null""",
                Parameters.with("status", answer.status()).and("contentType", answer.contentType())
                        .and("body", answer.body()).and("caller", caller).and("key", key)));
    }

    @Override
    public void release(String caller, String key, Instant claimedAt) {
        UnitOfWork.joining(() -> repository.delete(
                "caller = :caller and idempotencyKey = :key and responseStatus is null and claimedAt = :claimedAt",
                Parameters.with("caller", caller).and("key", key).and("claimedAt", claimedAt)));
    }

    @Override
    public int forgetClaimedBefore(Instant cutoff) {
        return UnitOfWork.joining(() -> (int) repository.delete("claimedAt < :cutoff", Parameters.with("cutoff", cutoff)));
    }
}

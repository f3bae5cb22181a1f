package org.partnercommerce.adapter.out.persistence.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.application.port.in.idempotency.Answer;
import org.partnercommerce.application.port.out.IdempotencyRecord;

/** A row of {@code idempotency_keys}: a caller's key, what it was first used for, and its answer once there is one. */
@Entity
@Table(name = "idempotency_keys")
@IdClass(IdempotencyKeyEntity.Key.class)
public class IdempotencyKeyEntity {

    /** The key: the caller and its idempotency key. */
    public static class Key implements Serializable {

        String caller;
        String idempotencyKey;

        public Key() {
        }

        Key(String caller, String idempotencyKey) {
            this.caller = caller;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(caller, that.caller) && Objects.equals(idempotencyKey, that.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caller, idempotencyKey);
        }
    }

    @Id
    @Column(name = "caller", length = 255, nullable = false)
    String caller;

    @Id
    @Column(name = "idempotency_key", length = 255, nullable = false)
    String idempotencyKey;

    @Column(name = "fingerprint", length = 200, nullable = false)
    String fingerprint;

    @Column(name = "claimed_at", nullable = false)
    Instant claimedAt;

    @Column(name = "response_status")
    Integer responseStatus;

    @Column(name = "response_content_type", length = 200)
    String responseContentType;

    @Column(name = "response_body")
    String responseBody;

    protected IdempotencyKeyEntity() {
    }

    IdempotencyRecord toDomain() {
        Optional<Answer> answer = Optional.ofNullable(responseStatus)
                .map(status -> new Answer(status, responseContentType, responseBody));
        return new IdempotencyRecord(caller, idempotencyKey, fingerprint, claimedAt, answer);
    }
}

package org.partnercommerce.adapter.out.persistence.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's access to {@code idempotency_keys}; {@link PanacheIdempotencyRecords} is the port's adapter over it. */
@ApplicationScoped
public class IdempotencyKeyEntityRepository implements PanacheRepositoryBase<IdempotencyKeyEntity, IdempotencyKeyEntity.Key> {
}

package org.partnercommerce.adapter.out.persistence.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's access to {@code purchase_events}; {@link PanachePurchaseAudit} is the port's adapter over it. */
@ApplicationScoped
public class PurchaseEventEntityRepository implements PanacheRepositoryBase<PurchaseEventEntity, String> {
}

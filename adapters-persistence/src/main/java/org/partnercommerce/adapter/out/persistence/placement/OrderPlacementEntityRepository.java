package org.partnercommerce.adapter.out.persistence.placement;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's access to {@code order_placements}; {@link PanacheOrderPlacements} is the port's adapter over it. */
@ApplicationScoped
public class OrderPlacementEntityRepository implements PanacheRepositoryBase<OrderPlacementEntity, String> {
}

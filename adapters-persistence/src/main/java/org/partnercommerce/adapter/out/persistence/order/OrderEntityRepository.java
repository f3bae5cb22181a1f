package org.partnercommerce.adapter.out.persistence.order;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's access to {@code orders}; {@link PanacheOrders} is the port's adapter over it. */
@ApplicationScoped
public class OrderEntityRepository implements PanacheRepositoryBase<OrderEntity, String> {
}

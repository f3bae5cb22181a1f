package org.partnercommerce.adapter.out.persistence.cart;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Panache's access to {@code carts}; {@link PanacheCarts} is the port's adapter over it. */
@ApplicationScoped
public class CartEntityRepository implements PanacheRepositoryBase<CartEntity, String> {
}

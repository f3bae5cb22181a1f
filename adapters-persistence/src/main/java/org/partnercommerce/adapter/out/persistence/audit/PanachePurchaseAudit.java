package org.partnercommerce.adapter.out.persistence.audit;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.partnercommerce.adapter.out.persistence.UnitOfWork;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;

/** The purchase audit in {@code purchase_events}; each step joins the unit of work that makes it. */
@ApplicationScoped
public class PanachePurchaseAudit implements PurchaseAudit {

    private final PurchaseEventEntityRepository repository;

    PanachePurchaseAudit(PurchaseEventEntityRepository repository) {
        this.repository = repository;
    }

    @Override
    public void record(PurchaseEvent event) {
        UnitOfWork.joining(() -> repository.persist(PurchaseEventEntity.from(event)));
    }

    @Override
    public List<PurchaseEvent> ofCart(CartId cartId) {
        return UnitOfWork.joining(() -> repository.list("cartId = :cartId order by seq",
                Parameters.with("cartId", cartId.value())).stream().map(PurchaseEventEntity::toDomain).toList());
    }

    @Override
    public List<PurchaseEvent> ofRequest(RequestId requestId) {
        return UnitOfWork.joining(() -> repository.list("requestId = :requestId order by seq",
                Parameters.with("requestId", requestId.value())).stream().map(PurchaseEventEntity::toDomain).toList());
    }
}

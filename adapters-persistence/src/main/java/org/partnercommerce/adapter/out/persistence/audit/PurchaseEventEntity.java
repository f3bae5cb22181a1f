package org.partnercommerce.adapter.out.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;

/** A row of {@code purchase_events}. */
@Entity
@Table(name = "purchase_events")
public class PurchaseEventEntity {

    private static final int DETAIL_LENGTH = 2000;

    @Id
    String id;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(nullable = false)
    String actor;

    @Column(name = "customer_id", nullable = false)
    String customerId;

    /** Null for a direct order's steps. */
    @Column(name = "cart_id")
    String cartId;

    @Column(name = "request_id", nullable = false)
    String requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PurchaseEvent.Kind kind;

    @Column(nullable = false, length = DETAIL_LENGTH)
    String detail;

    /** Assigned by the database as the row is inserted: the order the steps were recorded in. */
    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;

    static PurchaseEventEntity from(PurchaseEvent event) {
        PurchaseEventEntity entity = new PurchaseEventEntity();
        entity.id = UUID.randomUUID().toString();
        entity.occurredAt = event.at();
        entity.actor = event.actor();
        entity.customerId = event.customerId().value();
        entity.cartId = event.cartId().map(CartId::value).orElse(null);
        entity.requestId = event.requestId().value();
        entity.kind = event.kind();
        entity.detail = event.detail().length() > DETAIL_LENGTH ? event.detail().substring(0, DETAIL_LENGTH) : event.detail();
        return entity;
    }

    PurchaseEvent toDomain() {
        return new PurchaseEvent(occurredAt, actor, CustomerId.of(customerId), Optional.ofNullable(cartId).map(CartId::of),
                RequestId.of(requestId), kind, detail);
    }
}

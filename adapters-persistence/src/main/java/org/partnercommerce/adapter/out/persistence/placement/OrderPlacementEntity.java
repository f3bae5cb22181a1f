package org.partnercommerce.adapter.out.persistence.placement;

import org.partnercommerce.domain.customer.PartnerId;
import java.util.Optional;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderPlacement;
import org.partnercommerce.domain.order.PlacementState;

/**
 * A row of {@code order_placements}: an {@link OrderPlacement} with its state in columns and its
 * order as sent in one JSON document ({@link OrderRequestDocument}), written once. The lease of
 * {@code OrderPlacements.claim} ({@code claimant}, {@code claimed_until}) lives on the same row but
 * is not mapped here: saving a placement never touches it.
 */
@Entity
@Table(name = "order_placements")
public class OrderPlacementEntity {

    static final String PENDING = "PENDING";
    static final String PLACED = "PLACED";
    static final String REFUSED = "REFUSED";

    @Id
    @Column(name = "request_id", length = 36, nullable = false)
    String requestId;

    @Column(name = "customer_id", length = 36, nullable = false, updatable = false)
    String customerId;

    @Column(name = "order_request", nullable = false, updatable = false)
    String orderRequest;

    /** The indirect reseller that placed it with its own token; null for the partner's systems. */
    @Column(name = "bought_by", length = 20, updatable = false)
    String boughtBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    Instant startedAt;

    @Column(name = "state", length = 16, nullable = false)
    String state;

    @Column(name = "order_id", length = 64)
    String orderId;

    @Column(name = "refusal_code", length = 200)
    String refusalCode;

    @Column(name = "refusal_description")
    String refusalDescription;

    @Column(name = "ended_at")
    Instant endedAt;

    protected OrderPlacementEntity() {
    }

    static OrderPlacementEntity from(OrderPlacement placement) {
        OrderPlacementEntity entity = new OrderPlacementEntity();
        entity.requestId = placement.requestId().value();
        entity.customerId = placement.customerId().value();
        entity.orderRequest = OrderRequestDocument.write(placement.order());
        entity.boughtBy = placement.boughtBy().map(PartnerId::value).orElse(null);
        entity.startedAt = placement.startedAt();
        entity.copyState(placement.state());
        return entity;
    }

    /** Takes the placement's present state. */
    void copyState(PlacementState placementState) {
        orderId = null;
        refusalCode = null;
        refusalDescription = null;
        endedAt = null;
        switch (placementState) {
            case PlacementState.Pending pending -> state = PENDING;
            case PlacementState.Placed placed -> {
                state = PLACED;
                orderId = placed.orderId().value();
                endedAt = placed.placedAt();
            }
            case PlacementState.Refused refused -> {
                state = REFUSED;
                refusalCode = refused.code();
                refusalDescription = refused.description();
                endedAt = refused.refusedAt();
            }
        }
    }

    OrderPlacement toDomain() {
        return OrderPlacement.restore(RequestId.of(requestId), OrderRequestDocument.read(orderRequest),
                Optional.ofNullable(boughtBy).map(PartnerId::of), startedAt, state());
    }

    private PlacementState state() {
        return switch (state) {
            case PENDING -> new PlacementState.Pending();
            case PLACED -> new PlacementState.Placed(OrderId.of(orderId), endedAt);
            case REFUSED -> new PlacementState.Refused(refusalCode, refusalDescription, endedAt);
            default -> throw new IllegalStateException("The order of request " + requestId + " has an unknown state " + state);
        };
    }
}

package org.partnercommerce.domain.order;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;

/**
 * The placing of one direct order, exactly once, as a cart's checkout is: kept pending with the
 * {@code MS-RequestId} Partner Center will see before Partner Center is called, driven to its end
 * with that same request id however often it is called again (a retry, a concurrent request, the
 * recovery job), and ended once: placed, with Partner Center's order, or refused. The order is
 * kept as validated, so that every call sends the same request, with the indirect reseller that
 * placed it with its own token, if one did: the order is then counted as the reseller's own
 * purchase, against its caps, whoever completes the placement.
 */
public final class OrderPlacement {

    private final RequestId requestId;
    private final ValidatedOrder order;
    private final Optional<PartnerId> boughtBy;
    private final Instant startedAt;
    private PlacementState state;

    private OrderPlacement(RequestId requestId, ValidatedOrder order, Optional<PartnerId> boughtBy, Instant startedAt,
                           PlacementState state) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.order = Objects.requireNonNull(order, "order");
        this.boughtBy = Objects.requireNonNull(boughtBy, "boughtBy");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.state = Objects.requireNonNull(state, "state");
    }

    /**
     * A placement decided now: pending, with the request id every call of it will carry.
     *
     * @param boughtBy the indirect reseller placing it with its own token; none for the partner's systems
     */
    public static OrderPlacement start(RequestId requestId, ValidatedOrder order, Optional<PartnerId> boughtBy, Instant now) {
        return new OrderPlacement(requestId, order, boughtBy, now, new PlacementState.Pending());
    }

    /** The one way back from storage. */
    public static OrderPlacement restore(RequestId requestId, ValidatedOrder order, Optional<PartnerId> boughtBy, Instant startedAt,
                                         PlacementState state) {
        return new OrderPlacement(requestId, order, boughtBy, startedAt, state);
    }

    /**
     * Records the order Partner Center placed. Recording again keeps the first (Partner Center
     * answers a repeated request id with the same order) and answers its id.
     */
    public OrderId recordPlaced(OrderId orderId, Instant now) {
        Objects.requireNonNull(orderId, "orderId");
        return switch (state) {
            case PlacementState.Placed placed -> placed.orderId();
            case PlacementState.Refused refused -> throw new IllegalStateException("The order of request " + requestId
                    + " was refused; it cannot be placed");
            case PlacementState.Pending pending -> {
                state = new PlacementState.Placed(orderId, Objects.requireNonNull(now, "now"));
                yield orderId;
            }
        };
    }

    /** Records Partner Center's definite refusal of the pending placement: nothing was bought. */
    public void recordRefusal(String code, String description, Instant now) {
        if (!(state instanceof PlacementState.Pending)) {
            throw new IllegalStateException("The order of request " + requestId + " has ended already (" + state + ")");
        }
        state = new PlacementState.Refused(code, description, Objects.requireNonNull(now, "now"));
    }

    public RequestId requestId() {
        return requestId;
    }

    public ValidatedOrder order() {
        return order;
    }

    public CustomerId customerId() {
        return order.customerId();
    }

    /** The indirect reseller that placed it with its own token, if one did. */
    public Optional<PartnerId> boughtBy() {
        return boughtBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public PlacementState state() {
        return state;
    }

    @Override
    public String toString() {
        return "OrderPlacement[" + requestId + ", customer " + order.customerId() + ", " + state + "]";
    }
}

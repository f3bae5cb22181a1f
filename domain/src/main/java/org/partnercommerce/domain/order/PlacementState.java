package org.partnercommerce.domain.order;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the placing of a direct order stands: pending — decided, with the request id every call
 * of it uses, not known to have ended — or ended, placed with Partner Center's order or refused
 * with Partner Center's answer.
 */
public sealed interface PlacementState permits PlacementState.Pending, PlacementState.Placed, PlacementState.Refused {

    /** Decided, not known to have ended: it is driven to its end with its own request id. */
    record Pending() implements PlacementState {
    }

    /** Partner Center placed the order. */
    record Placed(OrderId orderId, Instant placedAt) implements PlacementState {
        public Placed {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(placedAt, "placedAt");
        }
    }

    /** Partner Center refused it, definitely: nothing was bought. */
    record Refused(String code, String description, Instant refusedAt) implements PlacementState {
        public Refused {
            description = description == null ? "" : description;
            Objects.requireNonNull(refusedAt, "refusedAt");
        }
    }
}

package org.partnercommerce.domain.order;

import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.testing.DirectOrders.documentedOrder;
import static org.partnercommerce.domain.testing.DirectOrders.intuneDevice;
import static org.partnercommerce.domain.testing.DirectOrders.litwarePurchase;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.catalog.Catalog;

class APlacementIsPendingUntilPartnerCenterAnswersAndEndsOnce {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final RequestId REQUEST = RequestId.of("6a1f2c3d-4b5e-4f60-8a7b-9c0d1e2f3a4b");

    private static OrderPlacement started() {
        return OrderPlacement.start(REQUEST, documentedOrder().validate(Catalog.of(intuneDevice()), litwarePurchase()).orElseThrow(), Optional.empty(), NOW);
    }

    @Test
    void a_new_placement_is_pending_with_its_request_id() {
        OrderPlacement placement = started();

        assertThat(placement.state()).isInstanceOf(PlacementState.Pending.class);
        assertThat(placement.requestId()).isEqualTo(REQUEST);
        assertThat(placement.startedAt()).isEqualTo(NOW);
        assertThat(placement.customerId()).isEqualTo(documentedOrder().customerId());
    }

    @Test
    void the_first_order_recorded_is_kept() {
        OrderPlacement placement = started();

        assertThat(placement.recordPlaced(OrderId.of("first"), NOW.plusSeconds(1))).isEqualTo(OrderId.of("first"));
        assertThat(placement.recordPlaced(OrderId.of("second"), NOW.plusSeconds(2))).isEqualTo(OrderId.of("first"));

        assertThat(placement.state()).isEqualTo(new PlacementState.Placed(OrderId.of("first"), NOW.plusSeconds(1)));
    }

    @Test
    void a_refusal_ends_it_and_nothing_is_placed_after() {
        OrderPlacement placement = started();

        placement.recordRefusal("800004", "Invalid offer id.", NOW.plusSeconds(1));

        assertThat(placement.state()).isEqualTo(new PlacementState.Refused("800004", "Invalid offer id.", NOW.plusSeconds(1)));
        assertThatThrownBy(() -> placement.recordPlaced(OrderId.of("late"), NOW.plusSeconds(2))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> placement.recordRefusal("800004", "again", NOW.plusSeconds(2))).isInstanceOf(IllegalStateException.class);
    }
}

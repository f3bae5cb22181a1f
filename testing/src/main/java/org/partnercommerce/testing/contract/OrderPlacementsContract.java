package org.partnercommerce.testing.contract;

import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.partnercommerce.testing.contract.ContractExamples.NOW;
import static org.partnercommerce.testing.contract.ContractExamples.aCustomer;
import static org.partnercommerce.testing.contract.ContractExamples.aRequestId;
import static org.partnercommerce.testing.contract.ContractExamples.anOrderId;
import static org.partnercommerce.testing.contract.ContractExamples.pendingPlacement;
import static org.partnercommerce.testing.contract.ContractExamples.validatedOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.out.PendingPurchases;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderPlacement;
import org.partnercommerce.domain.order.PlacementState;

/**
 * What every {@link OrderPlacements} keeps: a placement exactly as it was added, once per request
 * id, its end as saved; a claim on it is a lease, exclusive until it runs out, renewed by its
 * holder, released only by its holder; the pending placements nobody holds are listed oldest
 * first. Every test starts with nothing stored.
 */
public abstract class OrderPlacementsContract {

    private static final Duration LEASE = Duration.ofSeconds(30);

    protected abstract OrderPlacements placements();

    protected abstract Transactions transactions();

    /** Whether what a unit of work that fails wrote is undone (true for a database; a fake may not). */
    protected abstract boolean rollsBack();

    @Test
    public void aPlacementIsKeptAsItWasAddedWithItsOrderAsSent() {
        OrderPlacement pending = pendingPlacement(aCustomer(), NOW.minusSeconds(5));

        assertThat(inTransaction(() -> placements().add(pending))).isTrue();

        assertSamePlacement(locked(pending.requestId()), pending);
    }

    @Test
    public void aRequestIdIsKeptOnceAndTheFirstPlacementStays() {
        OrderPlacement first = pendingPlacement(aCustomer(), NOW.minusSeconds(5));
        OrderPlacement second = OrderPlacement.start(first.requestId(), validatedOrder(aCustomer()), Optional.empty(), NOW);
        inTransaction(() -> placements().add(first));

        assertThat(inTransaction(() -> placements().add(second))).isFalse();

        assertSamePlacement(locked(first.requestId()), first);
    }

    @Test
    public void anUnknownRequestIdHasNoPlacement() {
        assertThat(inTransaction(() -> placements().lock(aRequestId()))).isEmpty();
    }

    @Test
    public void aPlacedOrderIsKeptWithItsOrderId() {
        OrderPlacement placement = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(5)));
        OrderId orderId = anOrderId();

        inTransaction(() -> {
            OrderPlacement locked = placements().lock(placement.requestId()).orElseThrow();
            locked.recordPlaced(orderId, NOW);
            placements().save(locked);
        });

        assertThat(locked(placement.requestId()).state()).isEqualTo(new PlacementState.Placed(orderId, NOW));
    }

    @Test
    public void aRefusedOrderIsKeptWithPartnerCentersCodeAndText() {
        OrderPlacement placement = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(5)));

        inTransaction(() -> {
            OrderPlacement locked = placements().lock(placement.requestId()).orElseThrow();
            locked.recordRefusal("800004", "The offer \"DB2E\" is not valid.\nTry another.", NOW);
            placements().save(locked);
        });

        assertThat(locked(placement.requestId()).state())
                .isEqualTo(new PlacementState.Refused("800004", "The offer \"DB2E\" is not valid.\nTry another.", NOW));
    }

    @Test
    public void aPlacementAddedInAUnitOfWorkThatFailsIsNotKept() {
        OrderPlacement pending = pendingPlacement(aCustomer(), NOW);
        assumeTrue(rollsBack(), "this store does not undo a failed unit of work");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            placements().add(pending);
            throw new IllegalStateException("the unit of work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTransaction(() -> placements().lock(pending.requestId()))).isEmpty();
    }

    @Test
    public void aClaimIsExclusiveUntilItRunsOutAndOnlyItsHolderRenewsOrReleasesIt() {
        RequestId placement = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(5))).requestId();

        assertThat(claim(placement, "first", NOW.plus(LEASE), NOW)).isTrue();
        assertThat(claim(placement, "second", NOW.plus(LEASE), NOW.plusSeconds(10))).isFalse();
        assertThat(claim(placement, "first", NOW.plusSeconds(80), NOW.plusSeconds(20))).as("renewed").isTrue();
        assertThat(claim(placement, "second", NOW.plusSeconds(90), NOW.plusSeconds(40))).isFalse();

        inTransaction(() -> placements().release(placement, "second"));
        assertThat(claim(placement, "second", NOW.plusSeconds(90), NOW.plusSeconds(41))).isFalse();

        inTransaction(() -> placements().release(placement, "first"));
        assertThat(claim(placement, "second", NOW.plusSeconds(90), NOW.plusSeconds(42))).isTrue();
        assertThat(claim(placement, "third", NOW.plusSeconds(200), NOW.plusSeconds(90))).as("run out").isTrue();
    }

    @Test
    public void aPlacementNotKeptCannotBeClaimed() {
        assertThat(claim(aRequestId(), "first", NOW.plus(LEASE), NOW)).isFalse();
    }

    @Test
    public void unclaimedPendingPlacementsComeOldestFirst() {
        OrderPlacement runningOut = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(500)));
        OrderPlacement oldest = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(300)));
        OrderPlacement newest = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(100)));
        OrderPlacement held = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(400)));
        OrderPlacement placed = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(600)));
        inTransaction(() -> {
            OrderPlacement locked = placements().lock(placed.requestId()).orElseThrow();
            locked.recordPlaced(anOrderId(), NOW.minusSeconds(590));
            placements().save(locked);
        });
        claim(runningOut.requestId(), "gone", NOW.minusSeconds(1), NOW.minusSeconds(31));
        claim(held.requestId(), "alive", NOW.plusSeconds(1), NOW.minusSeconds(29));

        assertThat(inTransaction(() -> placements().unclaimedPending(NOW, 10)))
                .containsExactly(runningOut.requestId(), oldest.requestId(), newest.requestId());
        assertThat(inTransaction(() -> placements().unclaimedPending(NOW, 2)))
                .containsExactly(runningOut.requestId(), oldest.requestId());
        assertThat(inTransaction(() -> placements().unclaimedPending(NOW.plusSeconds(1), 10)))
                .containsExactly(runningOut.requestId(), held.requestId(), oldest.requestId(), newest.requestId());
    }

    @Test
    public void everyPendingPlacementIsCountedClaimedOrNotWithTheOldestsStart() {
        assertThat(inTransaction(() -> placements().pending())).isEqualTo(PendingPurchases.NONE);

        OrderPlacement oldest = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(400)));
        stored(pendingPlacement(aCustomer(), NOW.minusSeconds(100)));
        OrderPlacement placed = stored(pendingPlacement(aCustomer(), NOW.minusSeconds(600)));
        inTransaction(() -> {
            OrderPlacement locked = placements().lock(placed.requestId()).orElseThrow();
            locked.recordPlaced(anOrderId(), NOW.minusSeconds(590));
            placements().save(locked);
        });
        claim(oldest.requestId(), "alive", NOW.plus(LEASE), NOW);

        PendingPurchases pending = inTransaction(() -> placements().pending());
        assertThat(pending.count()).isEqualTo(2);
        assertThat(pending.oldestSince()).contains(NOW.minusSeconds(400));
        assertThat(pending.oldestAge(NOW)).isEqualTo(Duration.ofSeconds(400));
    }

    private static void assertSamePlacement(OrderPlacement actual, OrderPlacement expected) {
        assertThat(actual.requestId()).isEqualTo(expected.requestId());
        assertThat(actual.order()).isEqualTo(expected.order());
        assertThat(actual.startedAt()).isEqualTo(expected.startedAt());
        assertThat(actual.boughtBy()).as("the reseller that placed it").isEqualTo(expected.boughtBy());
        assertThat(actual.state()).isEqualTo(expected.state());
    }

    private OrderPlacement locked(RequestId requestId) {
        return inTransaction(() -> placements().lock(requestId)).orElseThrow();
    }

    private OrderPlacement stored(OrderPlacement placement) {
        assertThat(inTransaction(() -> placements().add(placement))).isTrue();
        return placement;
    }

    private boolean claim(RequestId requestId, String claimant, Instant until, Instant now) {
        return inTransaction(() -> placements().claim(requestId, claimant, until, now));
    }

    private void inTransaction(Runnable work) {
        transactions().inTransaction(work);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions().inTransaction(work);
    }
}

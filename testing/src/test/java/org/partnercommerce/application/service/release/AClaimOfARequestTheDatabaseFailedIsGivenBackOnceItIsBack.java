package org.partnercommerce.application.service.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.testing.fake.Purchasing.intuneOrder;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.idempotency.IdempotencyClaim;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequest;
import org.partnercommerce.application.port.out.StoreUnavailable;
import org.partnercommerce.application.service.idempotency.IdempotentRequestsService;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartStatus;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * A request that fails because the database went away cannot give back what it claimed; once the
 * database is back, its claims are given back within one run of the housekeeping, so that the
 * retry goes ahead at once — and Partner Center is still asked with the first request id only.
 */
class AClaimOfARequestTheDatabaseFailedIsGivenBackOnceItIsBack {

    private final Purchasing purchasing = new Purchasing();
    private final ReleaseHeldClaimsService held = purchasing.heldReleases;

    @Test
    void aCheckoutWhoseOrdersCouldNotBeRecordedIsDrivenByItsRetryOnceTheDatabaseIsBack() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.beforeNextAnswer(purchasing.outage::begin);

        assertThatThrownBy(() -> purchasing.checkOut(cart)).isInstanceOf(StoreUnavailable.class);
        assertThat(purchasing.partnerCenterCarts.purchases()).hasSize(1);
        assertThat(stored(cart).checkout()).isInstanceOf(CheckoutState.Pending.class);
        assertThat(purchasing.carts.claimant(cart.id())).as("the dead request's lease, not given back").isPresent();
        assertThat(held.held()).isOne();

        assertThat(held.releaseHeld()).as("nothing can be given back while the database is away").isZero();
        assertThat(held.held()).isOne();

        purchasing.outage.end();
        assertThat(held.releaseHeld()).isOne();
        assertThat(held.held()).isZero();
        assertThat(purchasing.carts.claimant(cart.id())).isEmpty();

        CheckoutResult retried = purchasing.checkOut(cart);

        assertThat(retried.orders()).hasSize(1);
        assertThat(stored(cart).status()).isEqualTo(CartStatus.ORDERED);
        assertThat(purchasing.partnerCenterCarts.purchases()).as("bought once").hasSize(1);
        assertThat(purchasing.partnerCenterCarts.checkoutRequests()).hasSize(2)
                .containsOnly(purchasing.partnerCenterCarts.checkoutRequests().getFirst());
    }

    @Test
    void aDirectOrderWhosePlacementCouldNotBeRecordedIsCompletedByItsRetryOnceTheDatabaseIsBack() {
        purchasing.partnerCenterOrders.beforeNextPlacingAnswer(purchasing.outage::begin);

        assertThatThrownBy(() -> purchasing.place(intuneOrder(5), "key-1")).isInstanceOf(StoreUnavailable.class);
        assertThat(held.held()).isOne();

        purchasing.outage.end();
        assertThat(held.releaseHeld()).isOne();
        Order retried = purchasing.place(intuneOrder(5), "key-1");

        assertThat(purchasing.partnerCenterOrders.placements()).as("placed once").hasSize(1);
        assertThat(purchasing.partnerCenterOrders.placeRequests()).hasSize(2)
                .containsOnly(purchasing.partnerCenterOrders.placeRequests().getFirst());
        assertThat(purchasing.orders.find(Purchasing.CUSTOMER, retried.id())).contains(retried);
    }

    @Test
    void anIdempotencyKeyThatCouldNotBeReleasedIsFreeForItsRetryOnceTheDatabaseIsBack() {
        IdempotentRequestsService keys = new IdempotentRequestsService(purchasing.idempotencyRecords, purchasing.clock,
                Duration.ofMinutes(2), Duration.ofDays(8), held);
        IdempotentRequest checkout = new IdempotentRequest("partner-systems", "key-1", "POST /checkout");
        IdempotencyClaim claim = keys.claim(checkout);
        assertThat(claim).isEqualTo(new IdempotencyClaim.Proceed(purchasing.clock.instant()));

        purchasing.outage.begin();
        keys.release(checkout, (IdempotencyClaim.Proceed) claim);
        purchasing.outage.end();

        assertThat(keys.claim(checkout)).as("still claimed by the request that failed").isEqualTo(new IdempotencyClaim.InFlight());
        assertThat(held.releaseHeld()).isOne();
        assertThat(keys.claim(checkout)).isEqualTo(new IdempotencyClaim.Proceed(purchasing.clock.instant()));
    }

    @Test
    void aClaimIsHeldNoLongerThanItsLeaseRunsWhenItIsTakenOverAnyway() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.beforeNextAnswer(purchasing.outage::begin);
        assertThatThrownBy(() -> purchasing.checkOut(cart)).isInstanceOf(StoreUnavailable.class);

        purchasing.clock.advance(purchasing.timings.lease().plusSeconds(1));
        purchasing.outage.end();

        assertThat(held.releaseHeld()).as("dropped, not given back").isZero();
        assertThat(held.held()).isZero();
        assertThat(purchasing.checkOut(cart).orders()).as("taken over as the lease ran out").hasSize(1);
        assertThat(purchasing.partnerCenterCarts.purchases()).hasSize(1);
    }

    private Cart stored(Cart cart) {
        return purchasing.carts.find(cart.customerId(), cart.id()).orElseThrow();
    }

}

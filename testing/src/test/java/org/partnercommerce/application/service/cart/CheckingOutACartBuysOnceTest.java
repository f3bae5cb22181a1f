package org.partnercommerce.application.service.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.cart.CheckoutInProgress;
import org.partnercommerce.testing.fake.Purchasing;
import org.partnercommerce.application.port.in.cart.GetCartQuery;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartStatus;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.order.CheckoutResult;

class CheckingOutACartBuysOnceTest {

    private final Purchasing purchasing = new Purchasing();

    @Test
    void aCheckoutOrdersEachGroupOnceAndARepeatAnswersTheSameResult() {
        Cart cart = purchasing.aCart();

        CheckoutResult first = purchasing.checkOut(cart);
        CheckoutResult again = purchasing.checkOut(cart);

        assertThat(first.orders()).hasSize(1);
        assertThat(again).isEqualTo(first);
        assertThat(purchasing.partnerCenterCarts.purchases()).hasSize(1);
        assertThat(purchasing.partnerCenterCarts.checkoutRequests()).hasSize(1);
        assertThat(stored(cart).status()).isEqualTo(CartStatus.ORDERED);
    }

    @Test
    void theOrdersOfACheckoutAreInTheHistoryAtOnce() {
        Cart cart = purchasing.aCart();

        CheckoutResult result = purchasing.checkOut(cart);

        assertThat(purchasing.orders.find(cart.customerId(), result.orders().getFirst().id())).contains(result.orders().getFirst());
    }

    @Test
    void anUnavailablePartnerCenterLeavesTheCheckoutPendingAndRecoveryFinishesItWithTheSameRequestId() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(5)));

        assertThatThrownBy(() -> purchasing.checkOut(cart))
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class,
                        pending -> assertThat(pending.retryAfter()).contains(Duration.ofSeconds(5)));
        assertThat(stored(cart).checkout()).isInstanceOf(CheckoutState.Pending.class);

        assertThat(purchasing.recovery.recover()).isEqualTo(1);

        assertThat(stored(cart).status()).isEqualTo(CartStatus.ORDERED);
        assertThat(purchasing.partnerCenterCarts.purchases()).hasSize(1);
        assertThat(purchasing.partnerCenterCarts.checkoutRequests()).hasSize(2).containsOnly(
                purchasing.partnerCenterCarts.checkoutRequests().getFirst());
    }

    @Test
    void aLostAnswerIsRecoveredByTheClientsRetryWithoutBuyingTwice() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.loseNextAnswer(new PartnerCenterException.Unavailable(null, "connection reset", null));

        assertThatThrownBy(() -> purchasing.checkOut(cart)).isInstanceOf(PartnerCenterException.Unavailable.class);
        CheckoutResult retried = purchasing.checkOut(cart);

        assertThat(retried.orders()).hasSize(1);
        assertThat(purchasing.partnerCenterCarts.purchases()).hasSize(1);
        assertThat(purchasing.partnerCenterCarts.checkoutRequests()).hasSize(2).containsOnly(
                purchasing.partnerCenterCarts.checkoutRequests().getFirst());
    }

    @Test
    void aDefiniteRefusalLeavesTheCartActiveAndTheNextCheckoutUsesANewRequestId() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Rejected("800009", "Error in cart item(s)."));

        assertThatThrownBy(() -> purchasing.checkOut(cart)).isInstanceOf(PartnerCenterException.Rejected.class);
        assertThat(stored(cart).status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(purchasing.audit.ofCart(cart.id())).extracting(PurchaseEvent::kind, PurchaseEvent::detail)
                .containsExactly(tuple(PurchaseEvent.Kind.CHECKOUT_STARTED, ""),
                        tuple(PurchaseEvent.Kind.REFUSED, "800009 Error in cart item(s)."));

        purchasing.checkOut(cart);

        assertThat(purchasing.partnerCenterCarts.checkoutRequests()).hasSize(2).doesNotHaveDuplicates();
        assertThat(purchasing.partnerCenterCarts.purchases()).hasSize(1);
    }

    @Test
    void aCheckoutSomeoneElseIsDrivingIsWaitedForAndNotDrivenTwice() {
        Cart cart = purchasing.aCart();
        purchasing.carts.claim(cart.id(), "another-instance", purchasing.clock.instant().plusSeconds(60), purchasing.clock.instant());

        assertThatThrownBy(() -> purchasing.checkOut(cart))
                .as("local contention, not a Partner Center outage")
                .isInstanceOfSatisfying(CheckoutInProgress.class, inProgress -> assertThat(inProgress.retryAfter()).isPositive())
                .hasMessageContaining("being checked out by another request");

        assertThat(purchasing.partnerCenterCarts.checkoutRequests()).isEmpty();
        assertThat(stored(cart).checkout()).isInstanceOf(CheckoutState.Pending.class);
    }

    @Test
    void aClaimWhoseHolderDiedIsTakenOverOnceItsLeaseRunsOut() {
        Cart cart = purchasing.aCart();
        purchasing.carts.claim(cart.id(), "a-dead-instance", purchasing.clock.instant().plusSeconds(60), purchasing.clock.instant());
        purchasing.clock.advance(Duration.ofSeconds(61));

        CheckoutResult result = purchasing.checkOut(cart);

        assertThat(result.orders()).hasSize(1);
        assertThat(purchasing.carts.claimant(cart.id())).isEmpty();
    }

    @Test
    void recoveryLeavesAloneACheckoutWhoseClaimantIsStillAtWork() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Unavailable(null, "timeout", null));
        assertThatThrownBy(() -> purchasing.checkOut(cart)).isInstanceOf(PartnerCenterException.Unavailable.class);
        purchasing.carts.claim(cart.id(), "a-live-client-retry", purchasing.clock.instant().plusSeconds(60), purchasing.clock.instant());

        assertThat(purchasing.recovery.recover()).isZero();
        assertThat(purchasing.partnerCenterCarts.checkoutRequests()).hasSize(1);
    }

    @Test
    void everyStepOfAPurchaseIsAuditedWithWhoTookItAndTheRequestIdPartnerCenterSaw() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Unavailable(null, "timeout", null));
        assertThatThrownBy(() -> purchasing.checkOut(cart)).isInstanceOf(PartnerCenterException.Unavailable.class);

        purchasing.recovery.recover();

        assertThat(purchasing.audit.ofCart(cart.id()))
                .extracting(PurchaseEvent::kind, PurchaseEvent::actor)
                .containsExactly(
                        tuple(PurchaseEvent.Kind.CHECKOUT_STARTED, Purchasing.PARTNER_SYSTEMS.subject()),
                        tuple(PurchaseEvent.Kind.STILL_PENDING, Purchasing.PARTNER_SYSTEMS.subject()),
                        tuple(PurchaseEvent.Kind.ORDERED, RecoverCheckoutsService.ACTOR));
        assertThat(purchasing.audit.ofCart(cart.id())).extracting(PurchaseEvent::requestId).containsOnly(
                purchasing.partnerCenterCarts.checkoutRequests().getFirst());
    }

    private Cart stored(Cart cart) {
        return purchasing.getCart.get(new GetCartQuery(Purchasing.PARTNER_SYSTEMS, cart.customerId(), cart.id()));
    }
}

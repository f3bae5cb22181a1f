package org.partnercommerce.application.service.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.cart.CreateCartCommand;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CartStatus;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.cart.OrderGroupLines;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.testing.fake.FakePartnerCenterCarts;
import org.partnercommerce.testing.fake.Purchasing;

class ACheckoutAgainBuysOnlyTheOrderGroupsThatFailed {

    private final Purchasing purchasing = new Purchasing();
    private final Cart cart = purchasing.createCart.create(new CreateCartCommand(Purchasing.PARTNER_SYSTEMS, CartDraft.of(
            Purchasing.CUSTOMER, List.of(
                    CartLine.of(Purchasing.BUSINESS_BASIC, 2, BillingCycle.MONTHLY).withTermDuration(TermDuration.ONE_MONTH),
                    CartLine.of(Purchasing.BUSINESS_BASIC, 3, BillingCycle.ANNUAL).withTermDuration(TermDuration.ONE_YEAR))),
            Optional.empty()));
    private final OrderGroup second = cart.orderGroups().get(1).group();

    @Test
    void theFailedGroupIsBoughtByTheNextCheckoutAndTheOtherNeverAgain() {
        assertThat(cart.orderGroups()).extracting(OrderGroupLines::group).hasSize(2);
        purchasing.partnerCenterCarts.failGroup(second, 1);

        CheckoutResult first = purchasing.checkOut(cart);

        assertThat(first.orders()).hasSize(1);
        assertThat(first.orderErrors()).singleElement().satisfies(error -> {
            assertThat(error.orderGroupId()).isEqualTo(second);
            assertThat(error.code()).isEqualTo(FakePartnerCenterCarts.GROUP_FAILED);
        });
        assertThat(stored().status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(purchasing.orders.find(cart.customerId(), first.orders().getFirst().id())).isPresent();

        CheckoutResult again = purchasing.checkOut(cart);

        assertThat(again.orderErrors()).isEmpty();
        assertThat(again.orders()).hasSize(2).first().isEqualTo(first.orders().getFirst());
        assertThat(stored().status()).isEqualTo(CartStatus.ORDERED);
        assertThat(purchasing.partnerCenterCarts.purchases()).as("one purchase per group").hasSize(2);
        List<?> requests = purchasing.partnerCenterCarts.checkoutRequests();
        assertThat(requests).as("the re-attempt had a request id of its own").hasSize(2).doesNotHaveDuplicates();
        for (Order order : again.orders()) {
            assertThat(purchasing.orders.find(cart.customerId(), order.id())).as("order %s in the history", order.id()).isPresent();
        }
        assertThat(purchasing.audit.ofCart(cart.id())).extracting(PurchaseEvent::kind).containsExactly(
                PurchaseEvent.Kind.CHECKOUT_STARTED, PurchaseEvent.Kind.ORDERED,
                PurchaseEvent.Kind.CHECKOUT_STARTED, PurchaseEvent.Kind.ORDERED);
        assertThat(purchasing.audit.ofCart(cart.id()).get(2).detail()).contains("re-attempt", second.value());

        assertThat(purchasing.checkOut(cart)).as("an ordered cart answers its result").isEqualTo(again);
        assertThat(purchasing.partnerCenterCarts.checkoutRequests()).hasSize(2);
    }

    @Test
    void aReattemptWhoseAnswerIsLostStaysPendingAndRecoveryCompletesItWithItsOwnRequestId() {
        purchasing.partnerCenterCarts.failGroup(second, 1);
        purchasing.checkOut(cart);
        purchasing.partnerCenterCarts.loseNextAnswer(new PartnerCenterException.Unavailable(null, "timeout", Duration.ofSeconds(1)));

        assertThatThrownBy(() -> purchasing.checkOut(cart)).isInstanceOf(PartnerCenterException.Unavailable.class);
        assertThat(stored().checkout()).isInstanceOfSatisfying(CheckoutState.Pending.class,
                pending -> assertThat(pending.isReattempt()).isTrue());
        assertThat(purchasing.partnerCenterCarts.purchases()).as("Partner Center bought the group before the answer was lost")
                .hasSize(2);

        assertThat(purchasing.recovery.recover()).isEqualTo(1);

        assertThat(stored().status()).isEqualTo(CartStatus.ORDERED);
        assertThat(purchasing.partnerCenterCarts.purchases()).hasSize(2);
        List<?> requests = purchasing.partnerCenterCarts.checkoutRequests();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(2)).as("recovery used the re-attempt's request id").isEqualTo(requests.get(1));
    }

    private Cart stored() {
        return purchasing.carts.find(cart.customerId(), cart.id()).orElseThrow();
    }
}

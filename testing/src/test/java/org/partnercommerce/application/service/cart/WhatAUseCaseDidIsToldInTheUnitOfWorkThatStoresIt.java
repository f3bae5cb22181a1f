package org.partnercommerce.application.service.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.cart.CreateCartCommand;
import org.partnercommerce.application.port.in.cart.UpdateCartCommand;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.CartStatus;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * What a purchase use case did is told through {@link Outcomes} inside the unit of work that
 * stores it — its last, with the outcome already written — and only when the call succeeds: the
 * inbound API keeps the answer a repeat of the request is given there, so that both commit together.
 */
class WhatAUseCaseDidIsToldInTheUnitOfWorkThatStoresIt {

    /** An outcome as it was told: which, what it carried, in which unit of work, and whether the stores held it then. */
    private record Told(String what, Object outcome, int unitOfWork, boolean stored) {
    }

    private final List<Told> told = new CopyOnWriteArrayList<>();
    /** The cart of the test, once there is one. */
    private Cart cart;
    private final Purchasing purchasing = new Purchasing(new Outcomes() {
        @Override
        public void cartCreated(Cart created) {
            tell("cartCreated", created, holds(created));
        }

        @Override
        public void cartUpdated(Cart updated) {
            tell("cartUpdated", updated, holds(updated));
        }

        @Override
        public void cartCheckedOut(CheckoutResult result) {
            tell("cartCheckedOut", result, holds(result));
        }

        @Override
        public void orderPlaced(Order order) {
            tell("orderPlaced", order, purchasing.orders.find(order.referenceCustomerId(), order.id()).isPresent());
        }
    });

    @Test
    void aCreatedCartIsToldInTheUnitOfWorkThatStoresIt() {
        Cart created = purchasing.createCart.create(new CreateCartCommand(Purchasing.PARTNER_SYSTEMS, Purchasing.licenceCart(3),
                Optional.of("key-1")));

        assertThat(told).containsExactly(new Told("cartCreated", created, purchasing.transactions.begun(), true));
    }

    @Test
    void anUpdatedCartIsToldWithTheFaultsPartnerCenterFoundInIt() {
        cart = aCart();

        Cart updated = purchasing.updateCart.update(new UpdateCartCommand(Purchasing.PARTNER_SYSTEMS, cart.id(),
                Purchasing.licenceCart(5), Optional.of("key-2")));

        assertThat(told).containsExactly(new Told("cartUpdated", updated, purchasing.transactions.begun(), true));

        told.clear();
        purchasing.partnerCenterCarts.reportOnLine(0, CartError.of(10001, "not available"));
        Cart faulted = purchasing.updateCart.update(new UpdateCartCommand(Purchasing.PARTNER_SYSTEMS, cart.id(),
                Purchasing.licenceCart(7), Optional.of("key-3")));

        assertThat(faulted.lineItem(0).error()).map(CartError::errorCode).contains(10001);
        assertThat(told).containsExactly(new Told("cartUpdated", faulted, purchasing.transactions.begun(), true));
    }

    @Test
    void aCheckoutTellsItsResultAndARepeatTellsTheSameResult() {
        cart = aCart();

        CheckoutResult result = purchasing.checkOut(cart);
        int firstCheckoutsLast = purchasing.transactions.begun();
        purchasing.checkOut(cart);

        assertThat(told).containsExactly(
                new Told("cartCheckedOut", result, firstCheckoutsLast, true),
                new Told("cartCheckedOut", result, purchasing.transactions.begun(), true));
    }

    @Test
    void aCheckoutLeftPendingTellsNothingAndRecoveryTellsItsResultWhenItEnds() {
        cart = aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(5)));

        assertThatThrownBy(() -> purchasing.checkOut(cart)).isInstanceOf(PartnerCenterException.Unavailable.class);
        assertThat(told).isEmpty();

        purchasing.recovery.recover();
        assertThat(told).singleElement().satisfies(recovered -> {
            assertThat(recovered.what()).isEqualTo("cartCheckedOut");
            assertThat(recovered.unitOfWork()).isEqualTo(purchasing.transactions.begun());
            assertThat(recovered.stored()).isTrue();
        });
    }

    @Test
    void aRefusedCheckoutTellsNothing() {
        cart = aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Rejected("800002", "The cart expired."));

        assertThatThrownBy(() -> purchasing.checkOut(cart)).isInstanceOf(PartnerCenterException.Rejected.class);

        assertThat(told).isEmpty();
    }

    @Test
    void aPlacedOrderIsToldInTheUnitOfWorkThatStoresItAndARepeatTellsTheSameOrder() {
        Order placed = purchasing.place(Purchasing.intuneOrder(5), "key-4");
        int firstPlacingsLast = purchasing.transactions.begun();
        purchasing.place(Purchasing.intuneOrder(5), "key-4");

        assertThat(told).containsExactly(
                new Told("orderPlaced", placed, firstPlacingsLast, true),
                new Told("orderPlaced", placed, purchasing.transactions.begun(), true));
    }

    /** A stored cart, whose creation was told already. */
    private Cart aCart() {
        Cart created = purchasing.aCart();
        told.clear();
        return created;
    }

    private void tell(String what, Object outcome, boolean stored) {
        told.add(new Told(what, outcome, purchasing.transactions.current(), stored));
    }

    /** Whether the stores hold the cart as told, at this moment. */
    private boolean holds(Cart outcome) {
        return purchasing.carts.find(outcome.customerId(), outcome.id())
                .map(stored -> stored.lineItems().equals(outcome.lineItems())).orElse(false);
    }

    /** Whether the stores hold the checkout as told, at this moment: its orders in the history, the test's cart ordered. */
    private boolean holds(CheckoutResult result) {
        return !result.orders().isEmpty()
                && result.orders().stream().allMatch(order -> purchasing.orders.find(cart.customerId(), order.id()).isPresent())
                && purchasing.carts.find(cart.customerId(), cart.id()).map(Cart::status).orElseThrow() == CartStatus.ORDERED;
    }
}

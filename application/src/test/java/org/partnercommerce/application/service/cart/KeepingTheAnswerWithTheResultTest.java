package org.partnercommerce.application.service.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.fake.Purchasing;
import org.partnercommerce.application.port.in.cart.CheckoutCartCommand;
import org.partnercommerce.application.port.in.cart.CreateCartCommand;
import org.partnercommerce.application.port.in.cart.UpdateCartCommand;
import org.partnercommerce.application.port.in.idempotency.AnswerKeeper;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.shared.CartRejected;

/**
 * A keyed request's answer is kept in the unit of work that stores the result it tells of, and
 * only for a result: an answer that ends in an error is kept by the caller, after the fact.
 */
class KeepingTheAnswerWithTheResultTest {

    private final Purchasing purchasing = new Purchasing();

    /** Records each result handed to it, and whether a unit of work was running at that moment. */
    private final class Keeper<R> implements AnswerKeeper<R> {
        final List<R> kept = new ArrayList<>();
        final List<Boolean> inUnitOfWork = new ArrayList<>();

        @Override
        public void keep(R result) {
            kept.add(result);
            inUnitOfWork.add(purchasing.transactions.inUnitOfWork());
        }
    }

    @Test
    void aCreatedCartIsKeptAsTheAnswerInTheUnitOfWorkThatStoresIt() {
        Keeper<Cart> keeper = new Keeper<>();

        Cart cart = purchasing.createCart.create(new CreateCartCommand(Purchasing.PARTNER_SYSTEMS, Purchasing.licenceCart(3),
                Optional.of("key-1"), keeper));

        assertThat(keeper.kept).containsExactly(cart);
        assertThat(keeper.inUnitOfWork).containsExactly(true);
        assertThat(purchasing.carts.find(cart.customerId(), cart.id())).map(Cart::id).contains(cart.id());
    }

    @Test
    void anUpdatedCartIsKeptAsTheAnswerButNotOneThatPartnerCenterFoundFaultWith() {
        Cart cart = purchasing.aCart();
        Keeper<Cart> accepted = new Keeper<>();

        Cart updated = purchasing.updateCart.update(new UpdateCartCommand(Purchasing.PARTNER_SYSTEMS, cart.id(),
                Purchasing.licenceCart(5), Optional.of("key-2"), accepted));

        assertThat(accepted.kept).containsExactly(updated);
        assertThat(accepted.inUnitOfWork).containsExactly(true);

        purchasing.partnerCenterCarts.reportOnLine(0, CartError.of(10001, "not available"));
        Keeper<Cart> faulted = new Keeper<>();
        assertThatThrownBy(() -> purchasing.updateCart.update(new UpdateCartCommand(Purchasing.PARTNER_SYSTEMS, cart.id(),
                Purchasing.licenceCart(7), Optional.of("key-3"), faulted)))
                .isInstanceOf(CartRejected.class);
        assertThat(faulted.kept).isEmpty();
    }

    @Test
    void aCheckoutKeepsItsResultAsTheAnswerAndARepeatKeepsTheSameResult() {
        Cart cart = purchasing.aCart();
        Keeper<CheckoutResult> first = new Keeper<>();
        Keeper<CheckoutResult> repeat = new Keeper<>();

        CheckoutResult result = purchasing.checkout.checkout(new CheckoutCartCommand(Purchasing.PARTNER_SYSTEMS, cart.customerId(),
                cart.id(), first));
        purchasing.checkout.checkout(new CheckoutCartCommand(Purchasing.PARTNER_SYSTEMS, cart.customerId(), cart.id(), repeat));

        assertThat(first.kept).containsExactly(result);
        assertThat(first.inUnitOfWork).containsExactly(true);
        assertThat(repeat.kept).containsExactly(result);
        assertThat(repeat.inUnitOfWork).containsExactly(true);
    }

    @Test
    void aCheckoutLeftPendingKeepsNoAnswer() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(5)));
        Keeper<CheckoutResult> keeper = new Keeper<>();

        assertThatThrownBy(() -> purchasing.checkout.checkout(new CheckoutCartCommand(Purchasing.PARTNER_SYSTEMS,
                cart.customerId(), cart.id(), keeper))).isInstanceOf(PartnerCenterException.Unavailable.class);

        assertThat(keeper.kept).isEmpty();
    }

    @Test
    void aRefusedCheckoutKeepsNoAnswer() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Rejected("800002", "The cart expired."));
        Keeper<CheckoutResult> keeper = new Keeper<>();

        assertThatThrownBy(() -> purchasing.checkout.checkout(new CheckoutCartCommand(Purchasing.PARTNER_SYSTEMS,
                cart.customerId(), cart.id(), keeper))).isInstanceOf(PartnerCenterException.Rejected.class);

        assertThat(keeper.kept).isEmpty();
    }
}

package org.partnercommerce.application.service.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.fake.Purchasing;
import org.partnercommerce.application.port.in.cart.CheckoutCartCommand;
import org.partnercommerce.application.port.in.cart.CreateCartCommand;
import org.partnercommerce.application.port.in.cart.UpdateCartCommand;
import org.partnercommerce.application.port.in.idempotency.AnswerKeeper;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.CartStatus;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.shared.CartRejected;

/**
 * A keyed request's answer is kept in the unit of work that stores the result it tells of — the
 * use case's last, with the result already written when the answer is — and only for a result:
 * an answer that ends in an error is kept by the caller, after the fact.
 */
class KeepingTheAnswerWithTheResultTest {

    private final Purchasing purchasing = new Purchasing();

    /** What the keeper saw when it was called: the result, its unit of work, and what the stores held then. */
    private record Kept<R>(R result, int unitOfWork, boolean stored) {
    }

    /** Records each call; {@code stored} says whether the result was in the stores at that moment. */
    private final class Keeper<R> implements AnswerKeeper<R> {
        final List<Kept<R>> kept = new ArrayList<>();
        private final Function<R, Boolean> stored;

        Keeper(Function<R, Boolean> stored) {
            this.stored = stored;
        }

        @Override
        public void keep(R result) {
            kept.add(new Kept<>(result, purchasing.transactions.current(), stored.apply(result)));
        }
    }

    private Keeper<Cart> cartKeeper() {
        return new Keeper<>(cart -> purchasing.carts.find(cart.customerId(), cart.id())
                .map(stored -> stored.lineItems().equals(cart.lineItems())).orElse(false));
    }

    private Keeper<CheckoutResult> checkoutKeeper(Cart cart) {
        return new Keeper<>(result -> result.orders().stream()
                .allMatch(order -> purchasing.orders.find(cart.customerId(), order.id()).isPresent())
                && purchasing.carts.find(cart.customerId(), cart.id()).map(Cart::status).orElseThrow() == CartStatus.ORDERED);
    }

    @Test
    void aCreatedCartIsKeptAsTheAnswerInTheUnitOfWorkThatStoresIt() {
        Keeper<Cart> keeper = cartKeeper();

        Cart cart = purchasing.createCart.create(new CreateCartCommand(Purchasing.PARTNER_SYSTEMS, Purchasing.licenceCart(3),
                Optional.of("key-1"), keeper));

        assertThat(keeper.kept).containsExactly(new Kept<>(cart, purchasing.transactions.begun(), true));
    }

    @Test
    void anUpdatedCartIsKeptAsTheAnswerButNotOneThatPartnerCenterFoundFaultWith() {
        Cart cart = purchasing.aCart();
        Keeper<Cart> accepted = cartKeeper();

        Cart updated = purchasing.updateCart.update(new UpdateCartCommand(Purchasing.PARTNER_SYSTEMS, cart.id(),
                Purchasing.licenceCart(5), Optional.of("key-2"), accepted));

        assertThat(accepted.kept).containsExactly(new Kept<>(updated, purchasing.transactions.begun(), true));

        purchasing.partnerCenterCarts.reportOnLine(0, CartError.of(10001, "not available"));
        Keeper<Cart> faulted = cartKeeper();
        assertThatThrownBy(() -> purchasing.updateCart.update(new UpdateCartCommand(Purchasing.PARTNER_SYSTEMS, cart.id(),
                Purchasing.licenceCart(7), Optional.of("key-3"), faulted)))
                .isInstanceOf(CartRejected.class);
        assertThat(faulted.kept).isEmpty();
    }

    @Test
    void aCheckoutKeepsItsResultAsTheAnswerAndARepeatKeepsTheSameResult() {
        Cart cart = purchasing.aCart();
        Keeper<CheckoutResult> first = checkoutKeeper(cart);
        Keeper<CheckoutResult> repeat = checkoutKeeper(cart);

        CheckoutResult result = purchasing.checkout.checkout(new CheckoutCartCommand(Purchasing.PARTNER_SYSTEMS, cart.customerId(),
                cart.id(), first));
        int firstCheckoutsLast = purchasing.transactions.begun();
        purchasing.checkout.checkout(new CheckoutCartCommand(Purchasing.PARTNER_SYSTEMS, cart.customerId(), cart.id(), repeat));

        assertThat(first.kept).containsExactly(new Kept<>(result, firstCheckoutsLast, true));
        assertThat(repeat.kept).containsExactly(new Kept<>(result, purchasing.transactions.begun(), true));
    }

    @Test
    void aCheckoutLeftPendingKeepsNoAnswer() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(5)));
        Keeper<CheckoutResult> keeper = checkoutKeeper(cart);

        assertThatThrownBy(() -> purchasing.checkout.checkout(new CheckoutCartCommand(Purchasing.PARTNER_SYSTEMS,
                cart.customerId(), cart.id(), keeper))).isInstanceOf(PartnerCenterException.Unavailable.class);

        assertThat(keeper.kept).isEmpty();
    }

    @Test
    void aRefusedCheckoutKeepsNoAnswer() {
        Cart cart = purchasing.aCart();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Rejected("800002", "The cart expired."));
        Keeper<CheckoutResult> keeper = checkoutKeeper(cart);

        assertThatThrownBy(() -> purchasing.checkout.checkout(new CheckoutCartCommand(Purchasing.PARTNER_SYSTEMS,
                cart.customerId(), cart.id(), keeper))).isInstanceOf(PartnerCenterException.Rejected.class);

        assertThat(keeper.kept).isEmpty();
    }
}

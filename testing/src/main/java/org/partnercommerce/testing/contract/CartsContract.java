package org.partnercommerce.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.testing.contract.ContractExamples.NOW;
import static org.partnercommerce.testing.contract.ContractExamples.aCartId;
import static org.partnercommerce.testing.contract.ContractExamples.aCustomer;
import static org.partnercommerce.testing.contract.ContractExamples.aRequestId;
import static org.partnercommerce.testing.contract.ContractExamples.cart;
import static org.partnercommerce.testing.contract.ContractExamples.completed;
import static org.partnercommerce.testing.contract.ContractExamples.newCart;
import static org.partnercommerce.testing.contract.ContractExamples.newContent;
import static org.partnercommerce.testing.contract.ContractExamples.pendingSince;
import static org.partnercommerce.testing.contract.ContractExamples.refused;
import static org.partnercommerce.testing.contract.ContractExamples.result;
import static org.partnercommerce.testing.contract.ContractExamples.result;

import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.cart.LineConfirmation;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.OrderGroup;

/**
 * What every {@link Carts} keeps: a cart exactly as it was added or saved — every field of
 * every line, each checkout state — for its own customer only; and a save is kept only over
 * the version the cart was read at: a save based on a read that another save overtook (or
 * that was saved already) fails and changes nothing.
 */
public abstract class CartsContract {

    protected abstract Carts carts();

    protected abstract Transactions transactions();

    @Test
    public void aCartIsFoundExactlyAsItWasAdded() {
        Cart cart = cart(aCustomer(), aCartId(), CheckoutState.notStarted());

        inTransaction(() -> carts().add(cart));

        assertSameCart(carts().find(cart.customerId(), cart.id()).orElseThrow(), cart);
    }

    @Test
    public void everyCheckoutStateIsKept() {
        CustomerId customerId = aCustomer();
        List<CheckoutState> states = List.of(CheckoutState.notStarted(), refused(), pendingSince(NOW.minusSeconds(5)),
                completed(customerId),
                // a re-attempt of the failed groups, pending with what the earlier checkout made
                new CheckoutState.Pending(pendingSince(NOW.minusSeconds(2)).attempt(), Optional.of(result(customerId))),
                new CheckoutState.Completed(pendingSince(NOW.minusSeconds(9)).attempt(),
                        new CheckoutResult(List.of(), List.of()), NOW));

        for (CheckoutState state : states) {
            Cart cart = cart(customerId, aCartId(), state);
            inTransaction(() -> carts().add(cart));

            Cart found = carts().find(customerId, cart.id()).orElseThrow();
            assertThat(found.checkout()).as("kept as %s", state).isEqualTo(state);
            assertSameCart(found, cart);
        }
    }

    @Test
    public void aCartIsFoundOnlyForItsOwnCustomer() {
        Cart cart = newCart(aCustomer());
        inTransaction(() -> carts().add(cart));

        assertThat(carts().find(aCustomer(), cart.id())).isEmpty();
        assertThat(inTransaction(() -> carts().lock(aCustomer(), cart.id()))).isEmpty();
    }

    @Test
    public void aCartNeverAddedIsNotFound() {
        assertThat(carts().find(aCustomer(), aCartId())).isEmpty();
        assertThat(inTransaction(() -> carts().lock(aCustomer(), aCartId()))).isEmpty();
    }

    @Test
    public void aLockedCartIsTheCartAsStored() {
        Cart cart = cart(aCustomer(), aCartId(), completed(aCustomer()));
        inTransaction(() -> carts().add(cart));

        assertSameCart(inTransaction(() -> carts().lock(cart.customerId(), cart.id())).orElseThrow(), cart);
    }

    @Test
    public void addingACartStoredAlreadyFails() {
        Cart cart = newCart(aCustomer());
        inTransaction(() -> carts().add(cart));

        assertThatThrownBy(() -> inTransaction(() -> carts().add(newCartLike(cart)))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    public void savingACartNeverAddedFails() {
        assertThatThrownBy(() -> inTransaction(() -> carts().save(newCart(aCustomer()))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    public void aCheckoutIsKeptAtEveryStep() {
        Cart added = newCart(aCustomer());
        inTransaction(() -> carts().add(added));
        RequestId requestId = aRequestId();
        CheckoutResult result = result(added.customerId());

        Cart pending = inTransaction(() -> {
            Cart cart = carts().lock(added.customerId(), added.id()).orElseThrow();
            cart.startCheckout(requestId, NOW.plusSeconds(1));
            carts().save(cart);
            return cart;
        });
        assertSameCart(find(added), pending);
        assertThat(find(added).checkout()).isInstanceOf(CheckoutState.Pending.class);

        Cart ordered = inTransaction(() -> {
            Cart cart = carts().lock(added.customerId(), added.id()).orElseThrow();
            cart.recordCheckout(result, NOW.plusSeconds(2));
            carts().save(cart);
            return cart;
        });
        assertSameCart(find(added), ordered);
        assertThat(find(added).checkout()).isEqualTo(ordered.checkout());
    }

    @Test
    public void aRefusedCheckoutIsKeptAndForgetsItsAttempt() {
        Cart added = newCart(aCustomer());
        inTransaction(() -> carts().add(added));

        Cart refused = inTransaction(() -> {
            Cart pending = carts().lock(added.customerId(), added.id()).orElseThrow();
            pending.startCheckout(aRequestId(), NOW.plusSeconds(1));
            carts().save(pending);
            Cart cart = carts().lock(added.customerId(), added.id()).orElseThrow();
            cart.recordCheckoutRefusal("2000", "Partner Center refused", NOW.plusSeconds(2));
            carts().save(cart);
            return cart;
        });

        assertSameCart(find(added), refused);
        assertThat(find(added).checkout()).isInstanceOfSatisfying(CheckoutState.NotStarted.class,
                state -> assertThat(state.lastRefusal()).hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("2000")));
    }

    @Test
    public void aSaveReplacesEveryLine() {
        Cart added = newCart(aCustomer());
        inTransaction(() -> carts().add(added));

        for (int[] quantities : new int[][] {{7}, {1, 2, 3}, {4, 5}}) {
            Cart updated = inTransaction(() -> {
                Cart cart = carts().lock(added.customerId(), added.id()).orElseThrow();
                cart.update(newContent(added.customerId(), quantities), List.of(
                        LineConfirmation.accepted(0, OrderGroup.modern(2), CurrencyCode.of("USD"), ContractExamples.pricing("USD")),
                        LineConfirmation.failed(quantities.length - 1, CartError.of(10015, "Too many"))), NOW.plusSeconds(quantities[0]),
                        Optional.of("reseller-caller-" + quantities.length));
                carts().save(cart);
                return cart;
            });

            assertThat(find(added).lineItems()).hasSize(quantities.length);
            assertSameCart(find(added), updated);
        }
    }

    @Test
    public void aSaveAfterAConcurrentSaveFails() {
        Cart added = newCart(aCustomer());
        inTransaction(() -> carts().add(added));
        Cart first = find(added);
        Cart second = find(added);
        RequestId firstRequest = aRequestId();

        inTransaction(() -> {
            first.startCheckout(firstRequest, NOW.plusSeconds(1));
            carts().save(first);
        });

        assertThatThrownBy(() -> inTransaction(() -> {
            second.startCheckout(aRequestId(), NOW.plusSeconds(2));
            carts().save(second);
        })).isInstanceOf(ConcurrentModificationException.class);
        assertThat(find(added).checkout()).isInstanceOfSatisfying(CheckoutState.Pending.class,
                pending -> assertThat(pending.attempt().requestId()).isEqualTo(firstRequest));
    }

    @Test
    public void aCartReadAgainAfterAnotherSaveCanBeSaved() {
        Cart added = newCart(aCustomer());
        inTransaction(() -> carts().add(added));
        Cart first = find(added);
        inTransaction(() -> {
            first.startCheckout(aRequestId(), NOW.plusSeconds(1));
            carts().save(first);
        });

        Cart again = find(added);
        inTransaction(() -> {
            again.recordCheckout(result(added.customerId()), NOW.plusSeconds(2));
            carts().save(again);
        });

        assertSameCart(find(added), again);
    }

    @Test
    public void aCartIsSavedOncePerRead() {
        Cart cart = newCart(aCustomer());
        inTransaction(() -> carts().add(cart));
        inTransaction(() -> {
            cart.startCheckout(aRequestId(), NOW.plusSeconds(1));
            carts().save(cart);
        });
        Cart pending = find(cart);

        assertThatThrownBy(() -> inTransaction(() -> {
            cart.recordCheckout(result(cart.customerId()), NOW.plusSeconds(2));
            carts().save(cart);
        })).isInstanceOf(ConcurrentModificationException.class);
        assertSameCart(find(cart), pending);
    }

    @Test
    public void aCartFoundIsACopy() {
        Cart cart = newCart(aCustomer());
        inTransaction(() -> carts().add(cart));

        Cart found = find(cart);
        found.startCheckout(aRequestId(), NOW.plusSeconds(1));

        assertThat(find(cart).checkout()).isEqualTo(CheckoutState.notStarted());
    }

    protected Cart find(Cart cart) {
        return carts().find(cart.customerId(), cart.id()).orElseThrow();
    }

    protected void inTransaction(Runnable work) {

        transactions().inTransaction(work);

    }

    protected <T> T inTransaction(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    private static Cart newCartLike(Cart cart) {
        CartId id = cart.id();
        return Cart.restore(id, cart.customerId(), cart.lineItems(), false, NOW, NOW, Optional.empty(),
                NOW.plus(Cart.LIFETIME), CheckoutState.notStarted(), 0);
    }

    /** Every field of the cart, every field of every line, and the checkout state. */
    public static void assertSameCart(Cart actual, Cart expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.customerId()).isEqualTo(expected.customerId());
        assertThat(actual.lineItems()).isEqualTo(expected.lineItems());
        assertThat(actual.partnerOnRecordAttestationAccepted()).isEqualTo(expected.partnerOnRecordAttestationAccepted());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.lastModifiedAt()).isEqualTo(expected.lastModifiedAt());
        assertThat(actual.lastModifiedUser()).isEqualTo(expected.lastModifiedUser());
        assertThat(actual.expiresAt()).isEqualTo(expected.expiresAt());
        assertThat(actual.checkout()).isEqualTo(expected.checkout());
        assertThat(actual.status()).isEqualTo(expected.status());
    }
}

package org.partnercommerce.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.testing.contract.ContractExamples.NOW;
import static org.partnercommerce.testing.contract.ContractExamples.aCartId;
import static org.partnercommerce.testing.contract.ContractExamples.aCustomer;
import static org.partnercommerce.testing.contract.ContractExamples.cart;
import static org.partnercommerce.testing.contract.ContractExamples.completed;
import static org.partnercommerce.testing.contract.ContractExamples.newCart;
import static org.partnercommerce.testing.contract.ContractExamples.pendingSince;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.CartClaims.PendingCheckout;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.PendingPurchases;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.CheckoutState;

/**
 * What every {@link CartClaims} does: a claim on a stored cart is a lease, exclusive until it
 * runs out, renewed by its holder, released only by its holder; the pending checkouts nobody
 * holds are listed oldest first. Every test starts with no cart stored.
 */
public abstract class CartClaimsContract {

    private static final Duration LEASE = Duration.ofSeconds(30);

    protected abstract Carts carts();

    protected abstract CartClaims claims();

    protected abstract Transactions transactions();

    @Test
    public void aClaimIsExclusiveUntilItRunsOut() {
        CartId cart = stored(newCart(aCustomer())).id();

        assertThat(claim(cart, "first", NOW.plus(LEASE), NOW)).isTrue();
        assertThat(claim(cart, "second", NOW.plus(LEASE).plusSeconds(10), NOW.plusSeconds(10))).isFalse();
        assertThat(claim(cart, "second", NOW.plus(LEASE).plusSeconds(29), NOW.plus(LEASE).minusNanos(1000))).isFalse();

        assertThat(claim(cart, "second", NOW.plus(LEASE).plus(LEASE), NOW.plus(LEASE))).isTrue();
        assertThat(claim(cart, "first", NOW.plus(LEASE).plus(LEASE), NOW.plus(LEASE).plusSeconds(1))).isFalse();
    }

    @Test
    public void theHolderRenewsItsClaim() {
        CartId cart = stored(newCart(aCustomer())).id();
        claim(cart, "holder", NOW.plus(LEASE), NOW);

        assertThat(claim(cart, "holder", NOW.plusSeconds(80), NOW.plusSeconds(20))).isTrue();

        assertThat(claim(cart, "other", NOW.plusSeconds(90), NOW.plusSeconds(40))).isFalse();
        assertThat(claim(cart, "other", NOW.plusSeconds(120), NOW.plusSeconds(80))).isTrue();
    }

    @Test
    public void onlyTheHolderReleasesItsClaim() {
        CartId cart = stored(newCart(aCustomer())).id();
        claim(cart, "holder", NOW.plus(LEASE), NOW);

        inTransaction(() -> claims().release(cart, "other"));
        assertThat(claim(cart, "other", NOW.plus(LEASE), NOW.plusSeconds(1))).isFalse();

        inTransaction(() -> claims().release(cart, "holder"));
        assertThat(claim(cart, "other", NOW.plus(LEASE), NOW.plusSeconds(2))).isTrue();
    }

    @Test
    public void claimsOfTwoCartsAreIndependent() {
        CartId one = stored(newCart(aCustomer())).id();
        CartId two = stored(newCart(aCustomer())).id();

        assertThat(claim(one, "first", NOW.plus(LEASE), NOW)).isTrue();
        assertThat(claim(two, "second", NOW.plus(LEASE), NOW)).isTrue();
    }

    @Test
    public void unclaimedPendingCheckoutsComeOldestFirst() {
        Cart runningOut = stored(pending(NOW.minusSeconds(500)));
        Cart oldest = stored(pending(NOW.minusSeconds(300)));
        Cart newest = stored(pending(NOW.minusSeconds(100)));
        Cart middle = stored(pending(NOW.minusSeconds(200)));
        Cart held = stored(pending(NOW.minusSeconds(400)));
        stored(newCart(aCustomer()));
        stored(cart(aCustomer(), aCartId(), completed(aCustomer())));
        claim(runningOut.id(), "gone", NOW.minusSeconds(1), NOW.minusSeconds(31));
        claim(held.id(), "alive", NOW.plusSeconds(1), NOW.minusSeconds(29));

        assertThat(inTransaction(() -> claims().unclaimedPendingCheckouts(NOW, 10)))
                .containsExactly(pendingCheckout(runningOut), pendingCheckout(oldest), pendingCheckout(middle),
                        pendingCheckout(newest));
        assertThat(claims().unclaimedPendingCheckouts(NOW, 2))
                .containsExactly(pendingCheckout(runningOut), pendingCheckout(oldest));
        assertThat(claims().unclaimedPendingCheckouts(NOW.plusSeconds(1), 10)).hasSize(5)
                .startsWith(pendingCheckout(runningOut), pendingCheckout(held));
    }

    @Test
    public void everyPendingCheckoutIsCountedClaimedOrNotWithTheOldestsStart() {
        assertThat(inTransaction(() -> claims().pendingCheckouts())).isEqualTo(PendingPurchases.NONE);

        Cart oldest = stored(pending(NOW.minusSeconds(400)));
        stored(pending(NOW.minusSeconds(100)));
        Cart held = stored(pending(NOW.minusSeconds(200)));
        stored(newCart(aCustomer()));
        stored(cart(aCustomer(), aCartId(), completed(aCustomer())));
        claim(held.id(), "alive", NOW.plus(LEASE), NOW);
        claim(oldest.id(), "alive", NOW.plus(LEASE), NOW);

        PendingPurchases pending = inTransaction(() -> claims().pendingCheckouts());
        assertThat(pending.count()).isEqualTo(3);
        assertThat(pending.oldestSince()).contains(NOW.minusSeconds(400));
        assertThat(pending.oldestAge(NOW)).isEqualTo(Duration.ofSeconds(400));
    }

    @Test
    public void aReleasedPendingCheckoutIsUnclaimedAgain() {
        Cart pending = stored(pending(NOW.minusSeconds(60)));
        claim(pending.id(), "driver", NOW.plus(LEASE), NOW);
        assertThat(claims().unclaimedPendingCheckouts(NOW, 10)).isEmpty();

        inTransaction(() -> claims().release(pending.id(), "driver"));

        assertThat(claims().unclaimedPendingCheckouts(NOW, 10)).containsExactly(pendingCheckout(pending));
    }

    @Test
    public void aPendingCheckoutThatEndedIsNoLongerListed() {
        Cart cart = stored(pending(NOW.minusSeconds(60)));

        inTransaction(() -> {
            Cart locked = carts().lock(cart.customerId(), cart.id()).orElseThrow();
            locked.recordCheckout(ContractExamples.result(cart.customerId()), NOW);
            carts().save(locked);
        });

        assertThat(claims().unclaimedPendingCheckouts(NOW, 10)).isEmpty();
    }

    @Test
    public void claimingDoesNotChangeTheCart() {
        Cart cart = stored(pending(NOW.minusSeconds(60)));
        Cart read = carts().find(cart.customerId(), cart.id()).orElseThrow();

        claim(cart.id(), "driver", NOW.plus(LEASE), NOW);
        inTransaction(() -> claims().release(cart.id(), "driver"));

        CartsContract.assertSameCart(carts().find(cart.customerId(), cart.id()).orElseThrow(), cart);
        inTransaction(() -> {
            read.recordCheckout(ContractExamples.result(cart.customerId()), NOW);
            carts().save(read);
        });
    }

    private boolean claim(CartId cart, String claimant, Instant until, Instant now) {
        return inTransaction(() -> claims().claim(cart, claimant, until, now));
    }

    private static Cart pending(Instant startedAt) {
        return cart(aCustomer(), aCartId(), pendingSince(startedAt));
    }

    private static PendingCheckout pendingCheckout(Cart cart) {
        assertThat(cart.checkout()).isInstanceOf(CheckoutState.Pending.class);
        return new PendingCheckout(cart.customerId(), cart.id());
    }

    private Cart stored(Cart cart) {
        inTransaction(() -> {
            carts().add(cart);
            return null;
        });
        return cart;
    }

    private void inTransaction(Runnable work) {

        transactions().inTransaction(work);

    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions().inTransaction(work);
    }
}

package org.partnercommerce.application.service.cart;

import org.partnercommerce.domain.cap.PurchaseCaps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.cart.UpdateCartCommand;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.Quantity;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.shared.CartStateViolation;
import org.partnercommerce.testing.fake.Purchasing;
import org.partnercommerce.testing.fake.RecordingOutcomes;

/**
 * An update claims the cart while Partner Center takes the new lines, so that no checkout is
 * driven between Partner Center taking them and this service keeping them: a cart another
 * request holds is not updated, and the claim is given back whatever Partner Center answered.
 */
class AnUpdateHoldsTheCartWhilePartnerCenterTakesTheNewLines {

    private final Purchasing purchasing = new Purchasing();
    /** Who held the cart's claim each time Partner Center was asked to update it. */
    private final List<Optional<String>> claimantsWhileAsked = new ArrayList<>();
    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final UpdateCartService updateCart = new UpdateCartService(new CustomerAccess(purchasing.customers),
            new CartChecks(purchasing.catalog, purchasing.subscriptions, new Partner.IndirectProvider(PartnerId.of("1234567"))),
            new PurchaseCapChecks(PurchaseCaps.NONE, purchasing.orders), new ClaimWatchingPartnerCenter(),
            purchasing.carts, purchasing.carts, outcomes, purchasing.transactions, purchasing.clock, purchasing.ids, purchasing.timings);
    private final Cart cart = purchasing.aCart();

    @Test
    void theCartIsClaimedWhilePartnerCenterIsAskedAndGivenBackAfter() {
        Cart updated = update(5);

        assertThat(claimantsWhileAsked).singleElement().satisfies(claimant -> assertThat(claimant).isPresent());
        assertThat(purchasing.carts.claimant(cart.id())).as("after the update").isEmpty();
        assertThat(updated.lineItems().getFirst().line().quantity()).isEqualTo(Quantity.of(5));
        assertThat(outcomes.told()).containsExactly(new RecordingOutcomes.Told("cartUpdated", updated));
    }

    @Test
    void aCartAnotherRequestHoldsIsNotUpdatedAndPartnerCenterIsNotAsked() {
        Instant now = purchasing.clock.instant();
        purchasing.carts.claim(cart.id(), "a checkout", now.plus(purchasing.timings.lease()), now);

        assertThatThrownBy(() -> update(5)).isInstanceOf(CartStateViolation.CheckoutInProgress.class);

        assertThat(claimantsWhileAsked).isEmpty();
        assertThat(purchasing.carts.claimant(cart.id())).contains("a checkout");
        assertThat(stored().lineItems()).isEqualTo(cart.lineItems());
        assertThat(outcomes.told()).isEmpty();
    }

    @Test
    void theClaimOfAnUpdateThatNeverEndedRunsOutAndTheCartMayBeUpdatedAgain() {
        Instant now = purchasing.clock.instant();
        purchasing.carts.claim(cart.id(), "an update whose instance died", now.plus(purchasing.timings.lease()), now);
        purchasing.clock.advance(purchasing.timings.lease().plusSeconds(1));

        assertThat(update(6).lineItems().getFirst().line().quantity()).isEqualTo(Quantity.of(6));
        assertThat(purchasing.carts.claimant(cart.id())).isEmpty();
    }

    @Test
    void anUpdatePartnerCenterCouldNotTakeGivesTheCartBackUnchanged() {
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(5)));

        assertThatThrownBy(() -> update(5)).isInstanceOf(PartnerCenterException.Unavailable.class);

        assertThat(purchasing.carts.claimant(cart.id())).isEmpty();
        assertThat(stored().lineItems()).isEqualTo(cart.lineItems());
        assertThat(purchasing.checkOut(cart).orders()).as("a checkout may go ahead").hasSize(1);
    }

    @Test
    void anUpdatePartnerCenterFoundFaultWithGivesTheCartBackWithTheFault() {
        purchasing.partnerCenterCarts.reportOnLine(0, CartError.of(10001, "not available"));

        Cart updated = update(5);

        assertThat(updated.lineItem(0).error()).map(CartError::errorCode).contains(10001);
        assertThat(purchasing.carts.claimant(cart.id())).isEmpty();
        assertThat(stored().lineItems().getFirst().error()).isPresent();
        assertThat(stored().lastModifiedUser()).contains(Purchasing.PARTNER_SYSTEMS.subject());
        assertThat(outcomes.told()).hasSize(1);
    }

    private Cart update(int quantity) {
        return updateCart.update(new UpdateCartCommand(Purchasing.PARTNER_SYSTEMS, cart.id(), Purchasing.licenceCart(quantity),
                Optional.empty()));
    }

    private Cart stored() {
        return purchasing.carts.find(cart.customerId(), cart.id()).orElseThrow();
    }

    /** Partner Center as faked, noting who holds the cart's claim when it is asked to update it. */
    private final class ClaimWatchingPartnerCenter implements PartnerCenterCarts {

        @Override
        public PartnerCenterCart create(ValidatedCart content, RequestId requestId) {
            return purchasing.partnerCenterCarts.create(content, requestId);
        }

        @Override
        public PartnerCenterCart update(CartId cartId, ValidatedCart content, RequestId requestId) {
            claimantsWhileAsked.add(purchasing.carts.claimant(cartId));
            return purchasing.partnerCenterCarts.update(cartId, content, requestId);
        }

        @Override
        public CheckoutResult checkout(CustomerId customerId, CartId cartId, RequestId requestId) {
            return purchasing.partnerCenterCarts.checkout(customerId, cartId, requestId);
        }
    }
}

package org.partnercommerce.application.service.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.testing.fake.Purchasing.CUSTOMER;
import static org.partnercommerce.testing.fake.Purchasing.PARTNER_SYSTEMS;
import static org.partnercommerce.testing.fake.Purchasing.RESELLER;
import static org.partnercommerce.testing.fake.Purchasing.licenceCart;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.NewOrder;
import org.partnercommerce.application.port.in.cart.UpdateCartCommand;
import org.partnercommerce.application.port.in.order.PlaceOrderCommand;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.cart.CheckoutCartCommand;
import org.partnercommerce.application.port.in.cart.CreateCartCommand;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.domain.cap.PurchaseCap;
import org.partnercommerce.domain.cap.PurchaseCaps;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartStatus;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;
import org.partnercommerce.testing.fake.Purchasing;

class APurchaseOverACapIsRefusedBeforeAnythingIsSent {

    private static final Caller RESELLER_APP = Caller.reseller("reseller-app", RESELLER);
    private static final PurchaseCap FIVE_SEATS = new PurchaseCap(OptionalLong.of(5), List.of());

    private final Purchasing purchasing = new Purchasing(
            new PurchaseCaps(PurchaseCaps.DAY, PurchaseCap.NONE, Map.of(RESELLER, FIVE_SEATS), Map.of()));

    @Test
    void aResellersCheckoutOverItsSeatCapIsRefusedAuditedAndLeavesTheCartActive() {
        checkOut(RESELLER_APP, create(RESELLER_APP, 3));
        Cart second = create(RESELLER_APP, 3);

        assertThatThrownBy(() -> checkOut(RESELLER_APP, second))
                .isInstanceOfSatisfying(PurchaseCapExceeded.class, refused -> assertThat(refused.getMessage())
                        .contains("reseller 5357564", "5 seats in 24 h", "3 bought", "2 left"));

        assertThat(purchasing.partnerCenterCarts.purchases()).hasSize(1);
        assertThat(purchasing.audit.ofCart(second.id())).extracting(PurchaseEvent::kind)
                .containsExactly(PurchaseEvent.Kind.CAP_EXCEEDED);
        Cart kept = purchasing.carts.find(CUSTOMER, second.id()).orElseThrow();
        assertThat(kept.status()).isEqualTo(CartStatus.ACTIVE);
        assertThat(kept.checkout()).isInstanceOf(CheckoutState.NotStarted.class);
    }

    @Test
    void aCartWhoseSeatsAloneAreOverTheCapIsRefusedAtCreationWithoutAskingPartnerCenter() {
        assertThatThrownBy(() -> create(RESELLER_APP, 6)).isInstanceOf(PurchaseCapExceeded.class);

        assertThat(purchasing.partnerCenterCarts.createCalls()).isZero();
    }

    @Test
    void thePartnerIsNotHeldToAResellersCap() {
        checkOut(RESELLER_APP, create(RESELLER_APP, 5));

        CheckoutResult partners = checkOut(PARTNER_SYSTEMS, create(PARTNER_SYSTEMS, 20));

        assertThat(partners.orders()).hasSize(1);
    }

    @Test
    void theSeatsAreCountedOnlyWithinTheWindow() {
        checkOut(RESELLER_APP, create(RESELLER_APP, 5));
        purchasing.clock.advance(PurchaseCaps.DAY.plus(Duration.ofSeconds(1)));

        assertThat(checkOut(RESELLER_APP, create(RESELLER_APP, 5)).orders()).hasSize(1);
    }

    @Test
    void aCheckoutCompletedByRecoveryStillCountsAgainstTheResellerWhoStartedIt() {
        Cart first = create(RESELLER_APP, 4);
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(5)));
        assertThatThrownBy(() -> checkOut(RESELLER_APP, first)).isInstanceOf(PartnerCenterException.Unavailable.class);
        purchasing.recovery.recover();

        assertThatThrownBy(() -> checkOut(RESELLER_APP, create(RESELLER_APP, 2))).isInstanceOf(PurchaseCapExceeded.class);
    }

    @Test
    void aCustomersCapHoldsEveryBuyerThePartnerIncluded() {
        Purchasing capped = new Purchasing(new PurchaseCaps(PurchaseCaps.DAY, PurchaseCap.NONE, Map.of(),
                Map.of(CUSTOMER, FIVE_SEATS)));
        Cart cart = capped.createCart.create(new CreateCartCommand(RESELLER_APP, licenceCart(3), Optional.empty()));
        capped.checkout.checkout(new CheckoutCartCommand(RESELLER_APP, CUSTOMER, cart.id()));
        Cart partners = capped.createCart.create(new CreateCartCommand(PARTNER_SYSTEMS, licenceCart(3), Optional.empty()));

        assertThatThrownBy(() -> capped.checkout.checkout(new CheckoutCartCommand(PARTNER_SYSTEMS, CUSTOMER, partners.id())))
                .isInstanceOfSatisfying(PurchaseCapExceeded.class,
                        refused -> assertThat(refused.getMessage()).contains("customer " + CUSTOMER.value()));
    }

    @Test
    void aResellersDirectOrderOverItsSeatCapIsRefusedBeforeAnythingIsKeptOrSentAndItsOrdersCount() {
        Order first = purchasing.placeOrder.place(new PlaceOrderCommand(RESELLER_APP, directOrder(3), Optional.of("first")));
        assertThat(purchasing.orders.find(CUSTOMER, first.id())).isPresent();

        assertThatThrownBy(() -> purchasing.placeOrder.place(new PlaceOrderCommand(RESELLER_APP, directOrder(3), Optional.of("second"))))
                .isInstanceOfSatisfying(PurchaseCapExceeded.class, refused -> assertThat(refused.getMessage())
                        .contains("reseller 5357564", "3 bought", "2 left"));
        assertThatThrownBy(() -> checkOut(RESELLER_APP, create(RESELLER_APP, 3))).as("its direct order counts for its carts too")
                .isInstanceOf(PurchaseCapExceeded.class);

        assertThat(purchasing.partnerCenterOrders.placeRequests()).as("only the first order reached Partner Center").hasSize(1);
    }

    @Test
    void aCartReplacedWithMoreSeatsThanTheCapIsRefusedWithoutAskingPartnerCenter() {
        Cart cart = create(RESELLER_APP, 2);
        int updates = purchasing.partnerCenterCarts.updateCalls();

        assertThatThrownBy(() -> purchasing.updateCart.update(new UpdateCartCommand(RESELLER_APP, cart.id(), licenceCart(6),
                Optional.empty()))).isInstanceOf(PurchaseCapExceeded.class);

        assertThat(purchasing.partnerCenterCarts.updateCalls()).isEqualTo(updates);
    }

    private static NewOrder directOrder(int seats) {
        return new NewOrder(CUSTOMER, Optional.of(CUSTOMER), null, List.of(
                Purchasing.intuneOrder(seats).lineItems().getFirst().withPartnerIdOnRecord(null)));
    }

    private Cart create(Caller caller, int seats) {
        return purchasing.createCart.create(new CreateCartCommand(caller, licenceCart(seats), Optional.empty()));
    }

    private CheckoutResult checkOut(Caller caller, Cart cart) {
        return purchasing.checkout.checkout(new CheckoutCartCommand(caller, cart.customerId(), cart.id()));
    }
}

package org.partnercommerce.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnercommerce.testing.fake.Purchasing.CUSTOMER;
import static org.partnercommerce.testing.fake.Purchasing.PARTNER_SYSTEMS;
import static org.partnercommerce.testing.fake.Purchasing.RESELLER;
import static org.partnercommerce.testing.fake.Purchasing.intuneOrder;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotAllowed;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.order.OrderInProgress;
import org.partnercommerce.application.port.in.order.PlaceOrderCommand;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PurchaseEvent;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.NewOrder;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.PlacementState;
import org.partnercommerce.domain.shared.OrderRejected;
import org.partnercommerce.testing.fake.Purchasing;
import org.partnercommerce.testing.fake.RecordingOutcomes;

class PlacingADirectOrderBuysOnceTest {

    private final RecordingOutcomes outcomes = new RecordingOutcomes();
    private final Purchasing purchasing = new Purchasing(outcomes);

    @Test
    void anOrderIsPlacedOnceAndARetryWithTheSameKeyAnswersTheSameOrder() {
        Order first = purchasing.place(intuneOrder(5), "key-1");
        Order again = purchasing.place(intuneOrder(5), "key-1");

        assertThat(again).isEqualTo(first);
        assertThat(purchasing.partnerCenterOrders.placements()).hasSize(1);
        assertThat(purchasing.partnerCenterOrders.placeRequests()).hasSize(1);
        assertThat(first.lineItems()).singleElement().satisfies(line -> assertThat(line.partnerIdOnRecord()).contains(RESELLER));
        assertThat(outcomes.told()).containsExactly(new RecordingOutcomes.Told("orderPlaced", first),
                new RecordingOutcomes.Told("orderPlaced", first));
    }

    @Test
    void theOrderIsInTheCustomersHistoryAtOnce() {
        Order placed = purchasing.place(intuneOrder(5), "key-1");

        assertThat(purchasing.orders.find(CUSTOMER, placed.id())).contains(placed);
    }

    @Test
    void anotherKeyIsAnotherOrder() {
        purchasing.place(intuneOrder(5), "key-1");
        purchasing.place(intuneOrder(5), "key-2");

        assertThat(purchasing.partnerCenterOrders.placements()).hasSize(2);
    }

    @Test
    void anOrderThatBreaksARuleIsRefusedWithEveryProblemAndNothingIsKeptOrSent() {
        NewOrder tooMany = intuneOrder(10_001).withPartnerOnRecordWhereMissing(RESELLER);
        NewOrder broken = new NewOrder(CUSTOMER, Optional.empty(), tooMany.billingCycle(), tooMany.lineItems());

        assertThatThrownBy(() -> purchasing.place(broken, "key-1"))
                .isInstanceOfSatisfying(OrderRejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(problem -> problem.code()).containsExactly("800002", "800017"));

        assertThat(purchasing.partnerCenterOrders.placeRequests()).isEmpty();
        assertThat(purchasing.placements.unclaimedPending(purchasing.clock.instant().plusSeconds(3600), 10)).isEmpty();
    }

    @Test
    void anAppOnlyServiceRefusesAnOrderNamingAPartnerOnRecordBeforeKeepingOrSendingIt() {
        purchasing.partnerCenterOrders.calledAppOnly(true);

        assertThatThrownBy(() -> purchasing.place(intuneOrder(5), "key-1"))
                .isInstanceOfSatisfying(PartnerCenterException.Forbidden.class,
                        refused -> assertThat(refused.code()).isEqualTo("900150"));

        assertThat(purchasing.partnerCenterOrders.placeRequests()).isEmpty();
        assertThat(purchasing.placements.unclaimedPending(purchasing.clock.instant().plusSeconds(3600), 10)).isEmpty();
    }

    @Test
    void anUnavailablePartnerCenterLeavesTheOrderPendingAndRecoveryPlacesItWithTheSameRequestId() {
        purchasing.partnerCenterOrders.failNextPlacing(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(5)));

        assertThatThrownBy(() -> purchasing.place(intuneOrder(5), "key-1"))
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class,
                        pending -> assertThat(pending.retryAfter()).contains(Duration.ofSeconds(5)));
        RequestId requestId = purchasing.partnerCenterOrders.placeRequests().getFirst();
        assertThat(purchasing.placements.lock(requestId).orElseThrow().state()).isInstanceOf(PlacementState.Pending.class);

        assertThat(purchasing.orderRecovery.recover()).isEqualTo(1);

        assertThat(purchasing.placements.lock(requestId).orElseThrow().state()).isInstanceOf(PlacementState.Placed.class);
        assertThat(purchasing.partnerCenterOrders.placements()).hasSize(1);
        assertThat(purchasing.partnerCenterOrders.placeRequests()).containsExactly(requestId, requestId);
        assertThat(purchasing.place(intuneOrder(5), "key-1").id())
                .isEqualTo(purchasing.partnerCenterOrders.placements().getFirst().orderId());
    }

    @Test
    void aLostAnswerIsRecoveredByTheClientsRetryWithoutBuyingTwice() {
        purchasing.partnerCenterOrders.loseNextPlacingAnswer(new PartnerCenterException.Unavailable(null, "connection reset", null));

        assertThatThrownBy(() -> purchasing.place(intuneOrder(5), "key-1")).isInstanceOf(PartnerCenterException.Unavailable.class);
        Order retried = purchasing.place(intuneOrder(5), "key-1");

        assertThat(purchasing.partnerCenterOrders.placements()).singleElement()
                .satisfies(placement -> assertThat(placement.orderId()).isEqualTo(retried.id()));
        assertThat(purchasing.partnerCenterOrders.placeRequests()).as("the retry's request id is the first's").hasSize(2)
                .containsOnly(purchasing.partnerCenterOrders.placeRequests().getFirst());
    }

    @Test
    void aDefiniteRefusalEndsTheOrderAndARetryIsGivenTheSameRefusalWithoutCallingAgain() {
        purchasing.partnerCenterOrders.failNextPlacing(new PartnerCenterException.Rejected("800004", "Invalid offer id."));

        assertThatThrownBy(() -> purchasing.place(intuneOrder(5), "key-1")).isInstanceOf(PartnerCenterException.Rejected.class);
        assertThatThrownBy(() -> purchasing.place(intuneOrder(5), "key-1"))
                .isInstanceOfSatisfying(PartnerCenterException.Rejected.class, refused -> assertThat(refused.code()).isEqualTo("800004"));

        assertThat(purchasing.partnerCenterOrders.placeRequests()).hasSize(1);
        assertThat(purchasing.partnerCenterOrders.placements()).isEmpty();
    }

    @Test
    void anOrderSomeoneElseIsDrivingIsWaitedForAndNotDrivenTwice() {
        purchasing.partnerCenterOrders.failNextPlacing(new PartnerCenterException.Unavailable(null, "timeout", null));
        assertThatThrownBy(() -> purchasing.place(intuneOrder(5), "key-1")).isInstanceOf(PartnerCenterException.Unavailable.class);
        RequestId requestId = purchasing.partnerCenterOrders.placeRequests().getFirst();
        purchasing.placements.claim(requestId, "another-instance", purchasing.clock.instant().plusSeconds(60), purchasing.clock.instant());

        assertThatThrownBy(() -> purchasing.place(intuneOrder(5), "key-1"))
                .as("local contention, not a Partner Center outage")
                .isInstanceOfSatisfying(OrderInProgress.class, inProgress -> assertThat(inProgress.retryAfter()).isPositive());

        assertThat(purchasing.partnerCenterOrders.placeRequests()).hasSize(1);
        assertThat(purchasing.orderRecovery.recover()).as("recovery leaves a claimed order alone").isZero();
    }

    @Test
    void everyStepIsAuditedWithWhoTookItAndTheRequestIdPartnerCenterSaw() {
        purchasing.partnerCenterOrders.failNextPlacing(new PartnerCenterException.Unavailable(null, "timeout", null));
        assertThatThrownBy(() -> purchasing.place(intuneOrder(5), "key-1")).isInstanceOf(PartnerCenterException.Unavailable.class);

        purchasing.orderRecovery.recover();

        RequestId requestId = purchasing.partnerCenterOrders.placeRequests().getFirst();
        Order placed = purchasing.place(intuneOrder(5), "key-1");
        assertThat(purchasing.audit.ofRequest(requestId))
                .extracting(PurchaseEvent::kind, PurchaseEvent::actor, PurchaseEvent::cartId)
                .containsExactly(
                        tuple(PurchaseEvent.Kind.ORDER_STARTED, PARTNER_SYSTEMS.subject(), Optional.empty()),
                        tuple(PurchaseEvent.Kind.STILL_PENDING, PARTNER_SYSTEMS.subject(), Optional.empty()),
                        tuple(PurchaseEvent.Kind.ORDERED, RecoverPendingOrdersService.ACTOR, Optional.empty()));
        assertThat(purchasing.audit.ofRequest(requestId).getLast().detail()).contains(placed.id().value());
    }

    @Test
    void aResellerOrdersForItsOwnCustomerWithItselfOnRecord() {
        Caller reseller = Caller.reseller("reseller-app", RESELLER);
        NewOrder withoutPartner = new NewOrder(CUSTOMER, Optional.of(CUSTOMER), null, List.of(
                intuneOrder(5).lineItems().getFirst().withPartnerIdOnRecord(null)));

        Order placed = purchasing.placeOrder.place(new PlaceOrderCommand(reseller, withoutPartner, Optional.of("key-1")));

        assertThat(placed.lineItems()).singleElement().satisfies(line -> assertThat(line.partnerIdOnRecord()).contains(RESELLER));
    }

    @Test
    void aResellerMayNameNoOtherPartnerOnRecordNorOrderForAnotherCustomer() {
        Caller reseller = Caller.reseller("reseller-app", PartnerId.of("517285"));

        assertThatThrownBy(() -> purchasing.placeOrder.place(new PlaceOrderCommand(reseller, intuneOrder(5), Optional.empty())))
                .as("the customer is not the reseller's").isInstanceOf(NotFound.class);

        Caller ownReseller = Caller.reseller("reseller-app", RESELLER);
        NewOrder namingAnother = new NewOrder(CUSTOMER, Optional.of(CUSTOMER), null, List.of(
                intuneOrder(5).lineItems().getFirst().withPartnerIdOnRecord(PartnerId.of("517285"))));
        assertThatThrownBy(() -> purchasing.placeOrder.place(new PlaceOrderCommand(ownReseller, namingAnother, Optional.empty())))
                .isInstanceOfSatisfying(NotAllowed.class, notAllowed -> assertThat(notAllowed.code()).isEqualTo("900150"));
        assertThatThrownBy(() -> purchasing.placeOrder.place(new PlaceOrderCommand(Caller.reader("reader"), intuneOrder(5),
                Optional.empty()))).isInstanceOf(NotAllowed.class);

        assertThat(purchasing.partnerCenterOrders.placeRequests()).isEmpty();
    }
}

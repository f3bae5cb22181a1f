package org.partnercommerce.application.service.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.entitlement.EntitlementsQuery;
import org.partnercommerce.application.port.in.entitlement.ReservationQuery;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.entitlement.EntitledArtifact;
import org.partnercommerce.domain.entitlement.Entitlement;
import org.partnercommerce.domain.entitlement.EntitlementType;
import org.partnercommerce.domain.entitlement.QuantityDetail;
import org.partnercommerce.domain.entitlement.ReferenceOrder;
import org.partnercommerce.domain.entitlement.Reservation;
import org.partnercommerce.domain.entitlement.ReservationDetails;
import org.partnercommerce.domain.entitlement.ReservationOrderId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * A customer's entitlements and its reservations' details are read through to Partner Center. A
 * reseller sees those of the orders it may see, never those of an order attributed to another
 * reseller; the type filter and {@code showExpiry} hold whatever Partner Center sent; a reservation
 * order is found only among the customer's reservation entitlements.
 */
class EntitlementsAreScopedToTheOrdersTheCallerMaySee {

    private static final Instant PLACED = Instant.parse("2026-11-21T10:00:00Z");
    private static final Caller RESELLER = Caller.reseller("reseller-app", Purchasing.RESELLER);
    private static final ReservationOrderId ITS_RESERVATION = ReservationOrderId.of("aaaaaaaa-0000-0000-0000-000000000001");
    private static final ReservationOrderId OTHERS_RESERVATION = ReservationOrderId.of("aaaaaaaa-0000-0000-0000-000000000002");

    private final Purchasing purchasing = new Purchasing();
    private final Order itsOrder = order("a00000000001", Purchasing.RESELLER);
    private final Order othersOrder = order("a00000000002", PartnerId.of("517285"));
    private final Entitlement itsReservation = reservation(itsOrder, ITS_RESERVATION);
    private final Entitlement othersReservation = reservation(othersOrder, OTHERS_RESERVATION);
    private final Entitlement itsSoftware = new Entitlement(new ReferenceOrder(itsOrder.id(), "1", Optional.empty()), "DG7GMGF0DWTL",
            "0001", 1, List.of(new QuantityDetail(1, "Fulfilled")), "software", Optional.of("Fulfilled"), Optional.empty(), List.of(),
            List.of(), Map.of());

    EntitlementsAreScopedToTheOrdersTheCallerMaySee() {
        purchasing.orders.save(List.of(itsOrder, othersOrder));
        purchasing.entitlements.add(Purchasing.CUSTOMER, itsReservation).add(Purchasing.CUSTOMER, othersReservation)
                .add(Purchasing.CUSTOMER, itsSoftware)
                .reservation(new ReservationDetails(ITS_RESERVATION, "reservedinstance", List.of(new Reservation(
                        "bbbbbbbb-0000-0000-0000-000000000001", "Shared", "Reserved VM", List.of(), 2,
                        Optional.of(Instant.parse("2027-11-21T00:00:00Z")), Optional.of(PLACED), "Succeeded"))))
                .reservation(new ReservationDetails(OTHERS_RESERVATION, "reservedinstance", List.of()));
    }

    @Test
    void aResellerSeesOnlyTheEntitlementsOfItsOwnOrders() {
        assertThat(purchasing.listEntitlements.list(query(RESELLER, Optional.empty(), true)))
                .containsExactly(itsReservation, itsSoftware);
        assertThat(purchasing.listEntitlements.list(query(Purchasing.PARTNER_SYSTEMS, Optional.empty(), true))).hasSize(3);
    }

    @Test
    void aResellersListReadsTheKeptOrdersOnceAndPartnerCenterOnlyForAnOrderNotKept() {
        Order notKept = order("a00000000003", Purchasing.RESELLER);
        purchasing.partnerCenterOrders.addListed(notKept);
        Entitlement ofAnOrderNotKept = reservation(notKept, ReservationOrderId.of("aaaaaaaa-0000-0000-0000-000000000003"));
        purchasing.entitlements.add(Purchasing.CUSTOMER, ofAnOrderNotKept);
        int readsBefore = purchasing.orders.reads();
        int partnerCenterReadsBefore = purchasing.partnerCenterOrders.orderReads();

        assertThat(purchasing.listEntitlements.list(query(RESELLER, Optional.empty(), true)))
                .containsExactly(itsReservation, itsSoftware, ofAnOrderNotKept);

        assertThat(purchasing.orders.reads() - readsBefore).as("reads of the kept orders, for four entitlements of three orders")
                .isEqualTo(1);
        assertThat(purchasing.partnerCenterOrders.orderReads() - partnerCenterReadsBefore)
                .as("orders asked of Partner Center: only the one not kept").isEqualTo(1);
    }

    @Test
    void theTypeFilterAndTheExpiryAreHeldWhateverPartnerCenterSent() {
        List<Entitlement> software = purchasing.listEntitlements.list(query(Purchasing.PARTNER_SYSTEMS,
                Optional.of(EntitlementType.SOFTWARE), true));
        assertThat(software).containsExactly(itsSoftware);
        List<Entitlement> withoutExpiry = purchasing.listEntitlements.list(query(Purchasing.PARTNER_SYSTEMS,
                Optional.of(EntitlementType.RESERVED_INSTANCE), false));
        assertThat(withoutExpiry).hasSize(2).allSatisfy(entitlement -> assertThat(entitlement.expiryDate()).isEmpty());
        assertThat(purchasing.listEntitlements.list(query(Purchasing.PARTNER_SYSTEMS, Optional.of(EntitlementType.RESERVED_INSTANCE),
                true))).extracting(Entitlement::expiryDate).containsOnly(Optional.of(Instant.parse("2027-11-21T00:00:00Z")));
    }

    @Test
    void aReservationIsReadThroughItsEntitlementAndOnlyByWhoMaySeeItsOrder() {
        ReservationDetails details = purchasing.reservationDetails.get(new ReservationQuery(RESELLER, Purchasing.CUSTOMER,
                ITS_RESERVATION));
        assertThat(details.reservations()).singleElement().satisfies(reservation -> {
            assertThat(reservation.quantity()).isEqualTo(2);
            assertThat(reservation.scopeType()).isEqualTo("Shared");
        });
        assertThatThrownBy(() -> purchasing.reservationDetails.get(new ReservationQuery(RESELLER, Purchasing.CUSTOMER,
                OTHERS_RESERVATION))).isInstanceOf(NotFound.class).hasMessageContaining(OTHERS_RESERVATION.value());
        assertThat(purchasing.reservationDetails.get(new ReservationQuery(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER,
                OTHERS_RESERVATION)).reservations()).isEmpty();
        assertThatThrownBy(() -> purchasing.reservationDetails.get(new ReservationQuery(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER,
                ReservationOrderId.of("aaaaaaaa-0000-0000-0000-000000000009")))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> purchasing.reservationDetails.get(new ReservationQuery(RESELLER, Purchasing.OTHER_CUSTOMER,
                ITS_RESERVATION))).isInstanceOf(NotFound.class).hasMessageContaining(Purchasing.OTHER_CUSTOMER.value());
    }

    private static EntitlementsQuery query(Caller caller, Optional<EntitlementType> type, boolean showExpiry) {
        return new EntitlementsQuery(caller, Purchasing.CUSTOMER, type, showExpiry);
    }

    private static Entitlement reservation(Order order, ReservationOrderId id) {
        String link = "/customers/" + Purchasing.CUSTOMER + "/artifacts/reservedinstance/groups/" + order.id() + "/lineitems/0/resource/"
                + id;
        return new Entitlement(new ReferenceOrder(order.id(), "0", Optional.of(order.id().value())), "DZH318Z0BQ36", "004G", 2,
                List.of(new QuantityDetail(2, "Fulfilled")), "reservedinstance", Optional.of("Fulfilled"),
                Optional.of(Instant.parse("2027-11-21T00:00:00Z")), List.of(),
                List.of(new EntitledArtifact(EntitledArtifact.RESERVED_INSTANCE, Optional.of(ResourceLink.get(link)),
                        Optional.of(id.value()), Map.of("reservationType", "virtualmachines"))), Map.of());
    }

    private static Order order(String id, PartnerId onRecord) {
        return new Order(OrderId.of(id), Purchasing.CUSTOMER, BillingCycle.ONE_TIME, Optional.of(CurrencyCode.of("USD")),
                List.of(OrderLineItem.of(0, Purchasing.BUSINESS_BASIC, 2).withPartnersOnRecord(onRecord, List.of())),
                OrderStatus.COMPLETED, PLACED);
    }
}

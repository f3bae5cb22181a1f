package org.partnercommerce.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.order.GetOrderQuery;
import org.partnercommerce.application.port.in.order.ListOrdersQuery;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * On a customer two resellers share, a reseller sees the orders naming it on record and those
 * naming no partner on record, never one attributed to the other reseller — by id, in the list,
 * or through its provisioning status. The partner and readers see every order.
 */
class AResellerSeesNoOrderAttributedToAnotherReseller {

    private static final Instant PLACED = Instant.parse("2026-11-21T10:00:00Z");
    private static final Caller RESELLER = Caller.reseller("reseller-app", Purchasing.RESELLER);

    private final Purchasing purchasing = new Purchasing();
    private final Order itsOwn = order("a00000000001", Purchasing.RESELLER);
    private final Order another = order("a00000000002", PartnerId.of("517285"));
    private final Order nobodys = Purchasing.anOrder("a00000000003", OrderStatus.COMPLETED, PLACED);

    AResellerSeesNoOrderAttributedToAnotherReseller() {
        purchasing.orders.save(List.of(itsOwn, another, nobodys));
    }

    @Test
    void byIdTheOtherResellersOrderIsNotFound() {
        assertThat(purchasing.getOrder.get(query(RESELLER, itsOwn))).isEqualTo(itsOwn);
        assertThat(purchasing.getOrder.get(query(RESELLER, nobodys))).isEqualTo(nobodys);
        assertThatThrownBy(() -> purchasing.getOrder.get(query(RESELLER, another))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> purchasing.orderProvisioningStatus.get(query(RESELLER, another))).isInstanceOf(NotFound.class);
        assertThat(purchasing.getOrder.get(query(Purchasing.PARTNER_SYSTEMS, another))).isEqualTo(another);
    }

    @Test
    void theListLeavesItOut() {
        assertThat(purchasing.listOrders.list(new ListOrdersQuery(RESELLER, Purchasing.CUSTOMER, Optional.empty(), 50)).orders())
                .containsExactlyInAnyOrder(itsOwn, nobodys);
        assertThat(purchasing.listOrders.list(new ListOrdersQuery(Caller.reader("reader-app"), Purchasing.CUSTOMER, Optional.empty(),
                50)).orders()).hasSize(3);
    }

    private static GetOrderQuery query(Caller caller, Order order) {
        return new GetOrderQuery(caller, Purchasing.CUSTOMER, order.id());
    }

    private static Order order(String id, PartnerId onRecord) {
        return new Order(OrderId.of(id), Purchasing.CUSTOMER, BillingCycle.MONTHLY, Optional.of(CurrencyCode.of("USD")),
                List.of(OrderLineItem.of(0, Purchasing.BUSINESS_BASIC, 3).withPartnersOnRecord(onRecord, List.of())),
                OrderStatus.COMPLETED, PLACED);
    }
}

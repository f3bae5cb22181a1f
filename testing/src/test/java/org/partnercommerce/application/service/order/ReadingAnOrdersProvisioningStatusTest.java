package org.partnercommerce.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.order.GetOrderQuery;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.LineProvisioningStatus;
import org.partnercommerce.domain.order.LineProvisioningStatus.QuantityProvisioningStatus;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderProvisioningStatus;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.ProvisioningState;
import org.partnercommerce.testing.fake.Purchasing;

class ReadingAnOrdersProvisioningStatusTest {

    private final Purchasing purchasing = new Purchasing();
    private final GetOrderProvisioningStatusService provisioning = purchasing.orderProvisioningStatus;

    private final Order order = Purchasing.anOrder("a68736758d9c", OrderStatus.PENDING, Instant.parse("2026-11-21T10:00:00Z"));
    private final OrderProvisioningStatus pending = new OrderProvisioningStatus(order.id(), List.of(new LineProvisioningStatus(0,
            ProvisioningState.PREFULFILLMENT_PENDING, List.of(new QuantityProvisioningStatus(3, ProvisioningState.PREFULFILLMENT_PENDING)))));

    private OrderProvisioningStatus read(Caller caller, CustomerId customer, OrderId orderId) {
        return provisioning.get(new GetOrderQuery(caller, customer, orderId));
    }

    @Test
    void itIsWhatPartnerCenterSaysNowAndReadingItWritesNothing() {
        purchasing.partnerCenterOrders.addUnlisted(order).provisioning(pending);
        int unitsOfWorkBefore = purchasing.transactions.begun();

        assertThat(read(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER, order.id())).isEqualTo(pending);
        assertThat(read(Caller.reader("reports"), Purchasing.CUSTOMER, order.id())).isEqualTo(pending);
        assertThat(read(Caller.reseller("reseller-app", Purchasing.RESELLER), Purchasing.CUSTOMER, order.id())).isEqualTo(pending);
        assertThat(purchasing.orders.saves()).isZero();
        assertThat(purchasing.transactions.begun()).isEqualTo(unitsOfWorkBefore);
    }

    @Test
    void anOrderPartnerCenterDoesNotKnowForTheCustomerIsNotFound() {
        purchasing.partnerCenterOrders.addUnlisted(order).provisioning(pending);

        assertThatThrownBy(() -> read(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER, OrderId.of("b79847869e0d")))
                .isInstanceOfSatisfying(NotFound.class, notFound -> assertThat(notFound.code()).isEqualTo("20000"));
        assertThatThrownBy(() -> read(Purchasing.PARTNER_SYSTEMS, Purchasing.OTHER_CUSTOMER, order.id()))
                .isInstanceOfSatisfying(NotFound.class, notFound -> assertThat(notFound.code()).isEqualTo("20000"));
    }

    @Test
    void aResellerAskingOfAnotherResellersCustomerIsToldTheCustomerIsNotFound() {
        purchasing.partnerCenterOrders.addUnlisted(order).provisioning(pending);

        assertThatThrownBy(() -> read(Caller.reseller("other-reseller", PartnerId.of("4847383")), Purchasing.CUSTOMER, order.id()))
                .isInstanceOfSatisfying(NotFound.class, notFound -> assertThat(notFound.code()).isEqualTo("1000"));
    }

    @Test
    void whenPartnerCenterIsUnavailableThatIsTheAnswer() {
        purchasing.partnerCenterOrders.addUnlisted(order).provisioning(pending)
                .failWith(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(7)));

        assertThatThrownBy(() -> read(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER, order.id()))
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class,
                        unavailable -> assertThat(unavailable.retryAfter()).contains(Duration.ofSeconds(7)));
    }
}

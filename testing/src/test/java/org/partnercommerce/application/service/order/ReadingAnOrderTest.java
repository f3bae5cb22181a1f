package org.partnercommerce.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.fake.Purchasing;
import org.partnercommerce.application.port.in.order.GetOrderQuery;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderStatus;

class ReadingAnOrderTest {

    private final Purchasing purchasing = new Purchasing();

    @Test
    void aPendingOrderThatPartnerCenterReportsUnchangedIsAnsweredWithoutWritingTheHistory() {
        Order pending = order(OrderStatus.PENDING);
        purchasing.orders.save(List.of(pending));
        purchasing.partnerCenterOrders.addUnlisted(pending);
        int savesBefore = purchasing.orders.saves();
        int unitsOfWorkBefore = purchasing.transactions.begun();

        Order read = get(pending.id());

        assertThat(read).isEqualTo(pending);
        assertThat(purchasing.orders.saves()).isEqualTo(savesBefore);
        assertThat(purchasing.transactions.begun()).as("units of work opened by the read").isEqualTo(unitsOfWorkBefore);
    }

    @Test
    void whatPartnerCenterSaysNewOfAPendingOrderIsKept() {
        Order pending = order(OrderStatus.PENDING);
        purchasing.orders.save(List.of(pending));
        Order completed = order(OrderStatus.COMPLETED);
        purchasing.partnerCenterOrders.addUnlisted(completed);
        int unitsOfWorkBefore = purchasing.transactions.begun();

        Order read = get(pending.id());

        assertThat(read).isEqualTo(completed);
        assertThat(purchasing.transactions.begun()).as("the news is kept in one unit of work the service opens")
                .isEqualTo(unitsOfWorkBefore + 1);
        assertThat(purchasing.orders.find(Purchasing.CUSTOMER, pending.id())).contains(completed);
    }

    @Test
    void anOrderKeptOnlyByPartnerCenterEntersTheHistoryWhenRead() {
        Order pending = order(OrderStatus.PENDING);
        purchasing.partnerCenterOrders.addUnlisted(pending);

        assertThat(get(pending.id())).isEqualTo(pending);
        assertThat(purchasing.orders.find(Purchasing.CUSTOMER, pending.id())).contains(pending);
    }

    @Test
    void aCompletedOrderIsAnsweredAsKeptWithoutAskingPartnerCenter() {
        Order completed = order(OrderStatus.COMPLETED);
        purchasing.orders.save(List.of(completed));

        assertThat(get(completed.id())).isEqualTo(completed);
        assertThat(purchasing.partnerCenterOrders.orderReads()).isZero();
    }

    @Test
    void whenPartnerCenterIsUnavailableThePendingOrderIsAnsweredAsKept() {
        Order pending = order(OrderStatus.PENDING);
        purchasing.orders.save(List.of(pending));
        purchasing.partnerCenterOrders.failWith(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(1)));

        assertThat(get(pending.id())).isEqualTo(pending);
        assertThat(purchasing.partnerCenterOrders.orderReads()).isEqualTo(1);
    }

    private Order get(OrderId orderId) {
        return purchasing.getOrder.get(new GetOrderQuery(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER, orderId));
    }

    private static Order order(OrderStatus status) {
        return Purchasing.anOrder("o-1", status, Instant.parse("2026-11-21T10:00:00Z"));
    }
}

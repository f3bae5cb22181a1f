package org.partnercommerce.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.order.ListOrdersQuery;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderPage;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.testing.fake.Purchasing;

class ListingOrdersTest {

    private final Purchasing purchasing = new Purchasing();

    @Test
    void ordersPartnerCenterListsThatAreKeptUnchangedAreNotWrittenAgain() {
        Order older = order("o-1", OrderStatus.COMPLETED, 0);
        Order newer = order("o-2", OrderStatus.COMPLETED, 60);
        purchasing.orders.save(List.of(older, newer));
        purchasing.partnerCenterOrders.addListed(older).addListed(newer);
        int savesBefore = purchasing.orders.saves();
        int unitsOfWorkBefore = purchasing.transactions.begun();

        OrderPage page = firstPage();

        assertThat(page.orders()).containsExactly(newer, older);
        assertThat(purchasing.orders.saves()).isEqualTo(savesBefore);
        assertThat(purchasing.transactions.begun()).as("units of work opened by the listing").isEqualTo(unitsOfWorkBefore);
    }

    @Test
    void onlyTheOrdersPartnerCenterSaysSomethingNewOfAreMergedIn() {
        Order pending = order("o-1", OrderStatus.PENDING, 0);
        Order unchanged = order("o-2", OrderStatus.COMPLETED, 60);
        purchasing.orders.save(List.of(pending, unchanged));
        Order completed = order("o-1", OrderStatus.COMPLETED, 0);
        Order placedElsewhere = order("o-3", OrderStatus.COMPLETED, 120);
        purchasing.partnerCenterOrders.addListed(completed).addListed(unchanged).addListed(placedElsewhere);
        int savesBefore = purchasing.orders.saves();
        int unitsOfWorkBefore = purchasing.transactions.begun();

        OrderPage page = firstPage();

        assertThat(page.orders()).containsExactly(placedElsewhere, unchanged, completed);
        assertThat(purchasing.orders.saves()).isEqualTo(savesBefore + 1);
        assertThat(purchasing.transactions.begun()).as("the news is merged in one unit of work the service opens")
                .isEqualTo(unitsOfWorkBefore + 1);
        assertThat(purchasing.orders.lastSaved()).containsExactlyInAnyOrder(completed, placedElsewhere);
    }

    @Test
    void whenPartnerCenterIsUnavailableTheHistoryIsListedAsKept() {
        Order kept = order("o-1", OrderStatus.PENDING, 0);
        purchasing.orders.save(List.of(kept));
        purchasing.partnerCenterOrders.failWith(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(1)));

        assertThat(firstPage().orders()).containsExactly(kept);
    }

    @Test
    void ordersOfOneBillingTypeAreListedApartAndOnlyThoseArePartnerCentersToMerge() {
        Order monthly = order("o-1", OrderStatus.COMPLETED, 0);
        Order oneTime = billed(order("o-2", OrderStatus.PENDING, 60), BillingCycle.ONE_TIME);
        purchasing.orders.save(List.of(monthly, oneTime));
        Order oneTimeCompleted = billed(order("o-2", OrderStatus.COMPLETED, 60), BillingCycle.ONE_TIME);
        Order oneTimeElsewhere = billed(order("o-3", OrderStatus.COMPLETED, 120), BillingCycle.ONE_TIME);
        Order monthlyElsewhere = order("o-4", OrderStatus.COMPLETED, 180);
        purchasing.partnerCenterOrders.addListed(oneTimeCompleted).addListed(oneTimeElsewhere).addListed(monthlyElsewhere);

        OrderPage page = purchasing.listOrders.list(new ListOrdersQuery(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER,
                Optional.of(BillingType.of(BillingCycle.ONE_TIME)), Optional.empty(), 50));

        assertThat(page.orders()).containsExactly(oneTimeElsewhere, oneTimeCompleted);
        assertThat(purchasing.orders.lastSaved()).containsExactlyInAnyOrder(oneTimeCompleted, oneTimeElsewhere);
        assertThat(firstPage().orders()).as("every order, once listed without a billing type")
                .containsExactly(monthlyElsewhere, oneTimeElsewhere, oneTimeCompleted, monthly);
    }

    @Test
    void aPageOfOneBillingTypeAfterACursorHoldsTheOlderOnesOnly() {
        Order newer = billed(order("o-2", OrderStatus.COMPLETED, 60), BillingCycle.ONE_TIME);
        Order older = billed(order("o-1", OrderStatus.COMPLETED, 0), BillingCycle.ONE_TIME);
        purchasing.orders.save(List.of(newer, older, order("o-3", OrderStatus.COMPLETED, 30)));
        Optional<BillingType> oneTime = Optional.of(BillingType.of(BillingCycle.ONE_TIME));

        OrderPage first = purchasing.listOrders.list(new ListOrdersQuery(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER,
                oneTime, Optional.empty(), 1));
        OrderPage second = purchasing.listOrders.list(new ListOrdersQuery(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER,
                oneTime, first.next(), 1));

        assertThat(first.orders()).containsExactly(newer);
        assertThat(second.orders()).containsExactly(older);
        assertThat(second.next()).isEmpty();
    }

    private static Order billed(Order order, BillingCycle cycle) {
        return new Order(order.id(), order.referenceCustomerId(), cycle, order.currency(), order.lineItems(), order.status(),
                order.creationDate());
    }

    private OrderPage firstPage() {
        return purchasing.listOrders.list(new ListOrdersQuery(Purchasing.PARTNER_SYSTEMS, Purchasing.CUSTOMER, Optional.empty(), 50));
    }

    private static Order order(String id, OrderStatus status, long secondsAfter) {
        return Purchasing.anOrder(id, status, Instant.parse("2026-11-21T10:00:00Z").plusSeconds(secondsAfter));
    }
}

package org.partnercommerce.application.service.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.order.ActivationLinksQuery;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.ActivationLinks;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * An order's activation links are read through to Partner Center, for the whole order or one line,
 * only by a caller who may see the order: a reseller never reads those of an order attributed to
 * another reseller. An unknown order or line is not found.
 */
class ActivationLinksAreReadOnlyForAnOrderTheCallerMaySee {

    private static final Caller RESELLER = Caller.reseller("reseller-app", Purchasing.RESELLER);
    private static final ActivationLinks SAAS_LINE = new ActivationLinks(0, List.of(ResourceLink.get("https://saas.example/activate?t=1")));

    private final Purchasing purchasing = new Purchasing();
    private final Order itsOrder = order("a00000000001", Purchasing.RESELLER);
    private final Order othersOrder = order("a00000000002", PartnerId.of("517285"));

    ActivationLinksAreReadOnlyForAnOrderTheCallerMaySee() {
        purchasing.partnerCenterOrders.addUnlisted(itsOrder).addUnlisted(othersOrder)
                .activationLinks(itsOrder.id(), List.of(SAAS_LINE)).activationLinks(othersOrder.id(), List.of(SAAS_LINE));
    }

    @Test
    void theCallerWhoMaySeeTheOrderReadsItsLinks() {
        assertThat(purchasing.activationLinks.get(query(RESELLER, itsOrder.id(), OptionalInt.empty()))).containsExactly(SAAS_LINE);
        assertThat(purchasing.activationLinks.get(query(RESELLER, itsOrder.id(), OptionalInt.of(0)))).containsExactly(SAAS_LINE);
        assertThat(purchasing.activationLinks.get(query(Purchasing.PARTNER_SYSTEMS, othersOrder.id(), OptionalInt.empty())))
                .containsExactly(SAAS_LINE);
    }

    @Test
    void anotherResellersOrderAnUnknownOrderOrAnUnknownLineIsNotFound() {
        assertThatThrownBy(() -> purchasing.activationLinks.get(query(RESELLER, othersOrder.id(), OptionalInt.empty())))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> purchasing.activationLinks.get(query(Purchasing.PARTNER_SYSTEMS, OrderId.of("a00000000009"),
                OptionalInt.empty()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> purchasing.activationLinks.get(query(Purchasing.PARTNER_SYSTEMS, itsOrder.id(), OptionalInt.of(7))))
                .isInstanceOf(NotFound.class).hasMessageContaining("line 7");
    }

    private static ActivationLinksQuery query(Caller caller, OrderId order, OptionalInt line) {
        return new ActivationLinksQuery(caller, Purchasing.CUSTOMER, order, line);
    }

    private static Order order(String id, PartnerId onRecord) {
        return new Order(OrderId.of(id), Purchasing.CUSTOMER, BillingCycle.MONTHLY, Optional.of(CurrencyCode.of("USD")),
                List.of(OrderLineItem.of(0, Purchasing.BUSINESS_BASIC, 3).withPartnersOnRecord(onRecord, List.of())),
                OrderStatus.COMPLETED, Instant.parse("2026-11-21T10:00:00Z"));
    }
}

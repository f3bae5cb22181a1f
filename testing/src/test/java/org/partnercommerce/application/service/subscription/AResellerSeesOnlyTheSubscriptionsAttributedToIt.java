package org.partnercommerce.application.service.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.subscription.SubscriptionQuery;
import org.partnercommerce.application.port.in.subscription.SubscriptionsQuery;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.subscription.Subscription;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * A customer's subscriptions are read through to Partner Center; on a customer two resellers
 * share, a reseller sees those attributed to it and those attributed to no reseller, never the
 * other reseller's — in the list, by id, or through its provisioning status. The partner and
 * readers see all; a customer the caller may not act for is not found.
 */
class AResellerSeesOnlyTheSubscriptionsAttributedToIt {

    private static final Caller RESELLER = Caller.reseller("reseller-app", Purchasing.RESELLER);
    private static final OrderId ORDER = OrderId.of("a00000000001");

    private final Purchasing purchasing = new Purchasing();
    private final Subscription itsOwn = subscription("11111111-1111-1111-1111-111111111111", Optional.of(Purchasing.RESELLER), ORDER);
    private final Subscription another = subscription("22222222-2222-2222-2222-222222222222", Optional.of(PartnerId.of("517285")), ORDER);
    private final Subscription nobodys = subscription("33333333-3333-3333-3333-333333333333", Optional.empty(),
            OrderId.of("a00000000002"));

    AResellerSeesOnlyTheSubscriptionsAttributedToIt() {
        purchasing.subscriptions.add(Purchasing.CUSTOMER, itsOwn).add(Purchasing.CUSTOMER, another).add(Purchasing.CUSTOMER, nobodys);
    }

    @Test
    void theListLeavesOutTheOtherResellersAndTheOrderFilterKeepsOnlyItsOwn() {
        assertThat(purchasing.listSubscriptions.list(new SubscriptionsQuery(RESELLER, Purchasing.CUSTOMER, Optional.empty())))
                .containsExactly(itsOwn, nobodys);
        assertThat(purchasing.listSubscriptions.list(new SubscriptionsQuery(RESELLER, Purchasing.CUSTOMER, Optional.of(ORDER))))
                .containsExactly(itsOwn);
        assertThat(purchasing.listSubscriptions.list(new SubscriptionsQuery(Caller.reader("reader-app"), Purchasing.CUSTOMER,
                Optional.of(ORDER)))).containsExactly(itsOwn, another);
    }

    @Test
    void byIdTheOtherResellersIsNotFoundAndNeitherIsItsProvisioningStatus() {
        assertThat(purchasing.getSubscription.get(query(RESELLER, itsOwn.id()))).isEqualTo(itsOwn);
        assertThat(purchasing.getSubscription.provisioningStatus(query(RESELLER, itsOwn.id())).quantity()).isEqualTo(5);
        assertThatThrownBy(() -> purchasing.getSubscription.get(query(RESELLER, another.id()))).isInstanceOf(NotFound.class)
                .hasMessageContaining(another.id().value());
        assertThatThrownBy(() -> purchasing.getSubscription.provisioningStatus(query(RESELLER, another.id())))
                .isInstanceOf(NotFound.class);
        assertThat(purchasing.getSubscription.get(query(Purchasing.PARTNER_SYSTEMS, another.id()))).isEqualTo(another);
    }

    @Test
    void anUnknownSubscriptionOrACustomerNotTheCallersIsNotFound() {
        assertThatThrownBy(() -> purchasing.getSubscription.get(query(Purchasing.PARTNER_SYSTEMS,
                SubscriptionId.of("44444444-4444-4444-4444-444444444444")))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> purchasing.listSubscriptions.list(new SubscriptionsQuery(RESELLER, Purchasing.OTHER_CUSTOMER,
                Optional.empty()))).isInstanceOf(NotFound.class).hasMessageContaining(Purchasing.OTHER_CUSTOMER.value());
    }

    private static SubscriptionQuery query(Caller caller, SubscriptionId id) {
        return new SubscriptionQuery(caller, Purchasing.CUSTOMER, id);
    }

    private static Subscription subscription(String id, Optional<PartnerId> partner, OrderId order) {
        Instant start = Instant.parse("2026-11-21T10:00:00Z");
        return new Subscription(SubscriptionId.of(id), Purchasing.BUSINESS_BASIC.toString(), "Microsoft 365 Business Basic",
                "Business Basic", Optional.empty(), 5, "Licenses", false, Optional.of(start), Optional.of(start),
                Optional.of(Instant.parse("2027-11-20T00:00:00Z")), "active", true, false, "license", "monthly", Optional.of("P1Y"),
                true, "Microsoft Corporation", partner, "subscription", Optional.of(order), false, false, Map.of(), Optional.empty());
    }
}

package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.RecordedExchanges.Answered;
import org.partnercommerce.adapter.out.partnercenter.RecordedExchanges.Sent;
import org.partnercommerce.adapter.out.partnercenter.catalog.PartnerCenterCatalogClient;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterClients;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.domain.cart.AllowedTermEndDate;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.Guid;

/** What every call carries (headers, token) and how the token is kept and renewed, seen on the wire against the emulator. */
@QuarkusTest
@WithTestResource(PartnerCenterEmulatorResource.class)
class CallingPartnerCenterTest {

    private static final Country US = Country.of("US");
    private static final ProductId OFFICE = ProductId.of("CFQ7TTC0LF8S");

    @Inject
    PartnerCenterCatalog catalog;

    @Inject
    PartnerCenterCustomers customers;

    @Inject
    PartnerCenterSubscriptions subscriptions;

    @Inject
    PartnerCenterCarts carts;

    @Inject
    PartnerCenterOrders orders;

    @Inject
    PartnerCenterCalls calls;

    @Inject
    PartnerCenterConfig config;

    @Inject
    @CacheName(RestPartnerCenterCatalog.CACHE)
    Cache cache;

    @Inject
    @CacheName(RestPartnerCenterCustomers.CACHE)
    Cache customerCache;

    @Inject
    @CacheName(RestPartnerCenterSubscriptions.CACHE)
    Cache subscriptionCache;

    @BeforeEach
    void startAfresh() {
        cache.invalidateAll().await().indefinitely();
        customerCache.invalidateAll().await().indefinitely();
        subscriptionCache.invalidateAll().await().indefinitely();
        RecordedExchanges.clear();
    }

    @Test
    void everyCallCarriesPartnerCentersHeaders() {
        catalog.product(OFFICE, US, null);

        assertThat(RecordedExchanges.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.authorization()).startsWith("Bearer ").hasSizeGreaterThan(50);
            assertThat(sent.accept()).contains("application/json");
            assertThat(sent.contractVersion()).isEqualTo("v1");
            assertThat(sent.locale()).isEqualTo("en-US");
            assertThat(sent.application()).isEqualTo("Partner Commerce");
            assertThat(Guid.isGuid(sent.requestId())).isTrue();
            assertThat(Guid.isGuid(sent.correlationId())).isTrue();
            assertThat(sent.query()).isEqualTo("country=US");
        });
    }

    @Test
    void theCustomerCartAndOrderCallsCarryTheTokenRequestIdAndCorrelationIdToo() {
        CustomerId customer = DocumentedCarts.NEW_COMMERCE_CUSTOMER;
        ValidatedCart cart = new DocumentedCarts(catalog, customers, subscriptions).validated(DocumentedCarts.newCommerce());
        PartnerCenterCart created = carts.create(cart, RequestId.of(UUID.randomUUID().toString()));
        carts.update(created.id(), cart, RequestId.of(UUID.randomUUID().toString()));
        OrderId placed = carts.checkout(customer, created.id(), RequestId.of(UUID.randomUUID().toString())).orders().getFirst().id();
        orders.order(customer, placed);
        orders.orders(customer);

        String customerPath = "/v1/customers/" + customer.value();
        String cartPath = customerPath + "/carts/" + created.id().value();
        assertThat(RecordedExchanges.sent()).extracting(Sent::path).contains(customerPath, customerPath + "/relationships",
                customerPath + "/carts", cartPath, cartPath + "/checkout", customerPath + "/orders/" + placed.value(),
                customerPath + "/orders");
        assertThat(RecordedExchanges.sent()).allSatisfy(sent -> {
            assertThat(sent.authorization()).matches("Bearer [^,]{50,}");
            assertThat(Guid.isGuid(sent.requestId())).isTrue();
            assertThat(Guid.isGuid(sent.correlationId())).isTrue();
        });
    }

    @Test
    void partnerCenterEchoesTheRequestIdAndCorrelationIdThatWereSent() {
        catalog.sku(OFFICE, SkuId.of("0001"), US, null);

        assertThat(RecordedExchanges.answered()).singleElement().satisfies(answered -> {
            assertThat(answered.status()).isEqualTo(200);
            assertThat(answered.echoedRequestId()).isEqualTo(answered.request().requestId());
            assertThat(answered.echoedCorrelationId()).isEqualTo(answered.request().correlationId());
        });
    }

    @Test
    void theCorrelationIdOfTheRequestBeingServedIsPassedToPartnerCenter() {
        String correlationId = "5e2b8f3c-0d4a-4c6e-9b1f-7a8c9d0e1f2a";
        MDC.put(PartnerCenterCalls.CORRELATION_ID_MDC_KEY, correlationId);
        try {
            catalog.product(OFFICE, US, null);
        } finally {
            MDC.remove(PartnerCenterCalls.CORRELATION_ID_MDC_KEY);
        }

        assertThat(RecordedExchanges.answered()).singleElement().satisfies(answered -> {
            assertThat(answered.request().correlationId()).isEqualTo(correlationId);
            assertThat(answered.echoedCorrelationId()).isEqualTo(correlationId);
        });
    }

    @Test
    void theLocaleTheCallerAskedForIsPassedToPartnerCenterAndTheCatalogIsCachedPerLocale() {
        catalog.product(OFFICE, US, null);
        MDC.put(PartnerCenterCalls.LOCALE_MDC_KEY, "fr-FR");
        try {
            catalog.product(OFFICE, US, null);
            catalog.product(OFFICE, US, null);
        } finally {
            MDC.remove(PartnerCenterCalls.LOCALE_MDC_KEY);
        }
        catalog.product(OFFICE, US, null);

        assertThat(RecordedExchanges.sent()).extracting(Sent::locale).containsExactly("en-US", "fr-FR");
    }

    @Test
    void theAllowedEndDatesOfACustomersTermAreAskedOnceWhileCached() {
        CustomerId customer = DocumentedCarts.NEW_COMMERCE_CUSTOMER;
        TermDuration year = TermDuration.parse("P1Y");

        List<AllowedTermEndDate> first = subscriptions.customTermEndDates(customer, year);
        List<AllowedTermEndDate> again = subscriptions.customTermEndDates(customer, year);
        subscriptions.customTermEndDates(customer, TermDuration.parse("P1M"));

        assertThat(first).filteredOn(allowed -> allowed.alignment() == AllowedTermEndDate.Alignment.CALENDAR_MONTH)
                .as("a year's month ends").hasSize(12)
                .allSatisfy(allowed -> assertThat(allowed.date()).isEqualTo(allowed.date().with(TemporalAdjusters.lastDayOfMonth())));
        assertThat(first).filteredOn(allowed -> allowed.alignment() == AllowedTermEndDate.Alignment.SUBSCRIPTION)
                .as("the ends of subscriptions other tests bought").allSatisfy(allowed -> assertThat(allowed.cotermSubscriptionIds()).isNotEmpty());
        assertThat(again).isEqualTo(first);
        assertThat(RecordedExchanges.sent()).extracting(Sent::query).containsExactly("term_duration=P1Y", "term_duration=P1M");
    }

    @Test
    void eachLogicalCallHasARequestIdOfItsOwn() {
        catalog.product(OFFICE, US, null);
        catalog.skus(OFFICE, US, null, null);
        catalog.sku(OFFICE, SkuId.of("0001"), US, null);

        assertThat(RecordedExchanges.sent()).extracting(Sent::requestId).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void oneTokenServesCallAfterCall() {
        catalog.product(OFFICE, US, null);
        catalog.skus(OFFICE, US, null, null);
        catalog.product(ProductId.of("DZH318Z0BPS6"), US, null);

        assertThat(RecordedExchanges.sent()).extracting(Sent::authorization).hasSize(3).containsOnly(
                RecordedExchanges.sent().getFirst().authorization());
    }

    @Test
    void aTokenPartnerCenterRefusesIsDroppedAndTheCallRepeatedOnceWithANewToken() {
        catalog.product(ProductId.of("DZH318Z0BPS6"), US, null);
        String tokenBefore = RecordedExchanges.sent().getFirst().authorization();
        RecordedExchanges.clear();
        RecordedExchanges.spoilNextToken();

        var product = catalog.product(OFFICE, US, null);
        catalog.skus(OFFICE, US, null, null);

        assertThat(product.id()).isEqualTo(OFFICE);
        List<Answered> answered = RecordedExchanges.answered();
        assertThat(answered).extracting(Answered::status).containsExactly(401, 200, 200);
        Sent refused = answered.get(0).request();
        Sent repeated = answered.get(1).request();
        assertThat(refused.originalAuthorization()).isEqualTo(tokenBefore);
        assertThat(repeated.authorization()).isNotEqualTo(tokenBefore).startsWith("Bearer ");
        assertThat(repeated.requestId()).isEqualTo(refused.requestId());
        assertThat(answered.get(2).request().authorization()).isEqualTo(repeated.authorization());
    }

    @Test
    void aMalformedCountryIsRejectedWithPartnerCentersCode() {
        PartnerCenterCatalogClient client = PartnerCenterClients.build(PartnerCenterCatalogClient.class, config);

        assertThatThrownBy(() -> calls.call("GET products", headers -> client.products(headers, "USA", "OnlineServices", null, null)))
                .isInstanceOfSatisfying(PartnerCenterException.Rejected.class, rejected ->
                        assertThat(rejected.code()).isEqualTo("3000"));
        assertThat(RecordedExchanges.sent()).hasSize(1);
    }

    @Test
    void anUnknownTargetViewIsRejectedWithPartnerCentersCode() {
        PartnerCenterCatalogClient client = PartnerCenterClients.build(PartnerCenterCatalogClient.class, config);

        assertThatThrownBy(() -> calls.call("GET products", headers -> client.products(headers, "US", "Clouds", null, null)))
                .isInstanceOfSatisfying(PartnerCenterException.Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("900126");
                    assertThat(rejected.description()).contains("Clouds");
                });
    }
}

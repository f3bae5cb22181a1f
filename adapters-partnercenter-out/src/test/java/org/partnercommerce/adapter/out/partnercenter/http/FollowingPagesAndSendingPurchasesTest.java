package org.partnercommerce.adapter.out.partnercenter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter.Answer.json;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter.Received;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.domain.cart.AllowedTermEndDate;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * What the emulator does not do, against a scripted Partner Center on real HTTP: an order list and
 * a list of allowed custom term end dates paged with {@code links.next} and {@code MS-ContinuationToken},
 * and the exact requests a checkout and a list by billing type send.
 */
@QuarkusTest
@TestProfile(RetryingThroughTheRestClientTest.AgainstAScriptedPartnerCenter.class)
class FollowingPagesAndSendingPurchasesTest {

    private static final CustomerId CUSTOMER = CustomerId.of("94cd6638-11b6-4323-8c9f-6ae3088adc59");
    private static final String ORDERS = "/customers/" + CUSTOMER.value() + "/orders";

    @Inject
    PartnerCenterOrders orders;

    @Inject
    PartnerCenterCarts carts;

    @Inject
    PartnerCenterSubscriptions subscriptions;

    private ScriptedPartnerCenter partnerCenter;

    @BeforeEach
    void startAfresh() {
        partnerCenter = ScriptedPartnerCenterResource.server();
    }

    private static String order(String id) {
        return "{\"id\":\"" + id + "\",\"referenceCustomerId\":\"" + CUSTOMER.value() + "\",\"billingCycle\":\"monthly\","
                + "\"currencyCode\":\"USD\",\"creationDate\":\"2023-04-18T22:03:45.4505136Z\",\"status\":\"completed\","
                + "\"lineItems\":[{\"lineItemNumber\":0,\"offerId\":\"CFQ7TTC0LF8S:0001:CFQ7TTC0N81H\",\"quantity\":1}]}";
    }

    private static String page(String order, String nextToken) {
        String next = nextToken == null ? "" : ",\"next\":{\"uri\":\"" + ORDERS + "?seekOperation=Next\",\"method\":\"GET\","
                + "\"headers\":[{\"key\":\"MS-ContinuationToken\",\"value\":\"" + nextToken + "\"}]}";
        return "{\"totalCount\":1,\"items\":[" + order + "],\"links\":{\"self\":{\"uri\":\"" + ORDERS + "\",\"method\":\"GET\","
                + "\"headers\":[]}" + next + "},\"attributes\":{\"objectType\":\"Collection\"}"
                + (nextToken == null ? "" : ",\"continuationToken\":\"" + nextToken + "\"") + "}";
    }

    @Test
    void theOrderListIsFollowedPageByPageWithTheContinuationTokenOfTheNextLink() {
        partnerCenter.script(json(200, page(order("a68736758d9c"), "token-2")), json(200, page(order("b79847869e0d"), null)));

        List<Order> listed = orders.orders(CUSTOMER);

        assertThat(listed).extracting(order -> order.id().value()).containsExactly("a68736758d9c", "b79847869e0d");
        List<Received> received = partnerCenter.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(0).pathAndQuery()).isEqualTo("/v1" + ORDERS);
        assertThat(received.get(0).header("MS-ContinuationToken")).isNull();
        assertThat(received.get(1).pathAndQuery()).isEqualTo("/v1" + ORDERS + "?seekOperation=Next");
        assertThat(received.get(1).header("MS-ContinuationToken")).isEqualTo("token-2");
        assertThat(received.get(1).requestId()).isNotEqualTo(received.get(0).requestId());
    }

    @Test
    void aListByBillingTypeAsksForItAsTheDocumentationWritesItAndKeepsItOnEveryPage() {
        String next = "{\"totalCount\":1,\"items\":[" + order("a68736758d9c") + "],\"links\":{\"next\":{\"uri\":\"" + ORDERS
                + "?billingType=onetime&seekOperation=Next\",\"method\":\"GET\",\"headers\":[{\"key\":\"MS-ContinuationToken\","
                + "\"value\":\"token-2\"}]}},\"attributes\":{\"objectType\":\"Collection\"}}";
        partnerCenter.script(json(200, next), json(200, page(order("b79847869e0d"), null)));

        List<Order> listed = orders.orders(CUSTOMER, BillingType.of(BillingCycle.ONE_TIME));

        assertThat(listed).extracting(order -> order.id().value()).containsExactly("a68736758d9c", "b79847869e0d");
        assertThat(partnerCenter.received()).extracting(Received::pathAndQuery)
                .containsExactly("/v1" + ORDERS + "?billingType=onetime", "/v1" + ORDERS + "?billingType=onetime&seekOperation=Next");
    }

    @Test
    void theAllowedCustomTermEndDatesAreReadToTheLastPageAsDaysAndAnUnknownKindIsLeftOut() {
        String listed = "/customers/" + CUSTOMER.value() + "/subscriptions/customTermEndDates";
        String firstPage = "{\"totalCount\":2,\"items\":["
                + "{\"allowedCustomTermEndDateType\":\"calendarMonthAligned\",\"allowedCustomTermEndDate\":\"2027-01-31T00:00:00Z\"},"
                + "{\"allowedCustomTermEndDateType\":\"somethingNew\",\"allowedCustomTermEndDate\":\"2027-02-14T00:00:00Z\"}],"
                + "\"links\":{\"next\":{\"uri\":\"" + listed + "?term_duration=P1Y&seekOperation=Next\",\"method\":\"GET\","
                + "\"headers\":[{\"key\":\"MS-ContinuationToken\",\"value\":\"page-2\"}]}},"
                + "\"attributes\":{\"objectType\":\"Collection\"}}";
        String lastPage = "{\"totalCount\":1,\"items\":["
                + "{\"allowedCustomTermEndDateType\":\"subscriptionAligned\",\"allowedCustomTermEndDate\":\"2027-03-12\","
                + "\"cotermSubscriptionIds\":[\"3a1f9c2e-5b7d-4c6e-8f0a-1b2c3d4e5f60\"]}],"
                + "\"attributes\":{\"objectType\":\"Collection\"}}";
        partnerCenter.script(json(200, firstPage), json(200, lastPage));

        List<AllowedTermEndDate> allowed = subscriptions.customTermEndDates(CUSTOMER, TermDuration.parse("P1Y"));

        assertThat(allowed).containsExactly(AllowedTermEndDate.monthEnd(LocalDate.of(2027, 1, 31)),
                AllowedTermEndDate.cotermWith(LocalDate.of(2027, 3, 12), List.of(SubscriptionId.of("3a1f9c2e-5b7d-4c6e-8f0a-1b2c3d4e5f60"))));
        List<Received> received = partnerCenter.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(0).pathAndQuery()).isEqualTo("/v1" + listed + "?term_duration=P1Y");
        assertThat(received.get(1).pathAndQuery()).isEqualTo("/v1" + listed + "?term_duration=P1Y&seekOperation=Next");
        assertThat(received.get(1).header("MS-ContinuationToken")).isEqualTo("page-2");
    }

    @Test
    void aNextLinkThatLeadsBackToAPageAlreadyReadIsNotFollowedAgain() {
        partnerCenter.script(json(200, page(order("a68736758d9c"), "token-2")), json(200, page(order("b79847869e0d"), "token-2")),
                json(200, page(order("c8a958970f1e"), null)));

        assertThat(orders.orders(CUSTOMER)).hasSize(2);
        assertThat(partnerCenter.received()).hasSize(2);
    }

    @Test
    void aCheckoutIsAPostWithoutABodyCarryingTheRequestIdItWasGiven() {
        CartId cartId = CartId.of("b4c8fdea-cbe4-4d17-9576-13fcacbf9605");
        RequestId requestId = RequestId.of(UUID.randomUUID().toString());
        partnerCenter.script(json(201, "{\"orders\":[" + order("a68736758d9c") + "],\"orderErrors\":[],"
                + "\"attributes\":{\"objectType\":\"CartCheckoutResult\"}}"));

        CheckoutResult result = carts.checkout(CUSTOMER, cartId, requestId);

        assertThat(result.orders()).hasSize(1);
        assertThat(partnerCenter.received()).singleElement().satisfies(received -> {
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.pathAndQuery()).isEqualTo("/v1/customers/" + CUSTOMER.value() + "/carts/" + cartId.value() + "/checkout");
            assertThat(received.requestId()).isEqualTo(requestId.value());
            assertThat(received.body()).isEmpty();
        });
    }
}

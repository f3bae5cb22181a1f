package org.partnercommerce.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.LineProvisioningStatus;
import org.partnercommerce.domain.order.LineProvisioningStatus.QuantityProvisioningStatus;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderProvisioningStatus;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.ProvisioningState;
import org.partnercommerce.testing.contract.ContractExamples;
import org.partnercommerce.testing.fake.Purchasing;

/** Orders through our API: every field Partner Center gave, lists by billing type, provisioning status, and their problems. */
@QuarkusTest
@TestSecurity(user = "partner-systems", roles = Roles.PARTNER)
class OrdersOverHttpTest {

    private static final Instant PLACED = Instant.parse("2026-11-21T10:00:00Z");

    @Inject
    Purchasing purchasing;

    @AfterEach
    void recover() {
        purchasing.partnerCenterOrders.recover();
    }

    private static String orders(CustomerId customer) {
        return "/v1/customers/" + customer + "/orders";
    }

    private static OrderId anOrderId() {
        return OrderId.of(UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    @Test
    void anOrderIsAnsweredWithEveryFieldPartnerCenterGave() {
        Order order = ContractExamples.order(Purchasing.CUSTOMER, anOrderId(), PLACED);
        purchasing.partnerCenterOrders.addUnlisted(order);
        String self = "/customers/" + Purchasing.CUSTOMER + "/orders/" + order.id();

        given().get(orders(Purchasing.CUSTOMER) + "/" + order.id()).then().statusCode(200).contentType("application/json")
                .body("alternateId", equalTo(order.id().value()))
                .body("currencySymbol", equalTo("US$"))
                .body("transactionType", equalTo("SystemPurchase"))
                .body("totalPrice", equalTo(1234567890.0123456789f))
                .body("client.deviceFamily", equalTo("Ünïcödé \"quoted\""))
                .body("links.self.uri", equalTo(self))
                .body("links.provisioningStatus.uri", equalTo(self + "/provisioningstatus"))
                .body("links.patchOperation.method", equalTo("PATCH"))
                .body("links.patchOperation.headers[0].key", equalTo("If-Match"))
                .body("links.patchOperation.headers[0].value", equalTo("W/\"2\""))
                .body("attributes.objectType", equalTo("Order"))
                .body("attributes.etag", equalTo(order.etag().orElseThrow()))
                .body("partnerOnRecordAttestationAccepted", equalTo(false))
                .body("lineItems[0].transactionType", equalTo("AddQuantity"))
                .body("lineItems[0].renewsTo.termDuration", equalTo("P1M"))
                .body("lineItems[0].promotionId", equalTo("39NFJQT1Q5KV:0002:39NFJQT1Q5M4"))
                .body("lineItems[0].customTermEndDate", equalTo("2027-02-28T00:00:00Z"))
                .body("lineItems[0].provisioningContext.scope", equalTo("shared"))
                .body("lineItems[0].attestationAccepted", equalTo(true))
                .body("lineItems[0].parentSubscriptionId", equalTo("6d1b4a0e-6e0b-4a2f-9f6a-5f8a7e1c2b3d"))
                .body("lineItems[0].links.product.uri", equalTo("/products/CFQ7TTC0LH0Z?country=US"))
                .body("lineItems[0].links.activationLinks.uri", equalTo(self + "/lineitems/0/activationlinks"))
                .body("lineItems[1]", not(hasKey("links")))
                .body("lineItems[1]", not(hasKey("transactionType")))
                .body("lineItems[1]", not(hasKey("renewsTo")))
                .body("lineItems[1]", not(hasKey("provisioningContext")));
    }

    @Test
    void anOrderGivenWithoutLinksIsLinkedToThisApisOwnPathsAndCarriesNothingItWasNotGiven() {
        Order order = Purchasing.anOrder(anOrderId().value(), OrderStatus.COMPLETED, PLACED);
        purchasing.orders.save(List.of(order));
        String self = "/customers/" + Purchasing.CUSTOMER + "/orders/" + order.id();

        given().get(orders(Purchasing.CUSTOMER) + "/" + order.id()).then().statusCode(200)
                .body("links.self.uri", equalTo(self))
                .body("links.provisioningStatus.uri", equalTo(self + "/provisioningstatus"))
                .body("links", not(hasKey("patchOperation")))
                .body("attributes", not(hasKey("etag")))
                .body("$", not(hasKey("client")))
                .body("$", not(hasKey("totalPrice")))
                .body("$", not(hasKey("alternateId")));
    }

    @Test
    void ordersAreListedByBillingTypeAPageAtATimeTheTypeKeptInTheirLinks() {
        CustomerId customer = Purchasing.OTHER_CUSTOMER;
        Order newer = billed(customer, BillingCycle.ONE_TIME, 120);
        Order older = billed(customer, BillingCycle.ONE_TIME, 60);
        purchasing.orders.save(List.of(newer, older, billed(customer, BillingCycle.MONTHLY, 90)));

        ValidatableResponse first = given().queryParam("billingType", "OneTime").queryParam("size", 1).get(orders(customer)).then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(newer.id().value())))
                .body("links.self.uri", equalTo("/customers/" + customer + "/orders?billingType=onetime&size=1"))
                .body("links.next.headers[0].key", equalTo("MS-ContinuationToken"));
        String token = first.extract().path("continuationToken");

        given().queryParam("billingType", "onetime").queryParam("size", 1).header("MS-ContinuationToken", token)
                .get(orders(customer)).then().statusCode(200)
                .body("items.id", equalTo(List.of(older.id().value())))
                .body("continuationToken", nullValue());
        given().queryParam("billingType", "monthly").get(orders(customer)).then().statusCode(200)
                .body("items.billingCycle", org.hamcrest.Matchers.everyItem(equalTo("monthly")));
    }

    @Test
    void anUnknownBillingTypeIsA400NamingTheAllowedOnes() {
        for (String refused : List.of("weekly", "unknown", "one time")) {
            problem(given().queryParam("billingType", refused).get(orders(Purchasing.CUSTOMER)).then().statusCode(400), "invalid-request")
                    .body("code", equalTo("3000"))
                    .body("errors[0].field", equalTo("billingType"))
                    .body("detail", containsString("monthly, annual, none, onetime, triennial, biennial"));
        }
    }

    @Test
    @TestSecurity(user = "auditor", roles = Roles.READER)
    void anOrdersProvisioningStatusIsAnsweredLineByLineAsPartnerCenterShapesIt() {
        Order order = Purchasing.anOrder(anOrderId().value(), OrderStatus.PENDING, PLACED);
        purchasing.partnerCenterOrders.addUnlisted(order).provisioning(new OrderProvisioningStatus(order.id(), List.of(
                new LineProvisioningStatus(0, ProvisioningState.PREFULFILLMENT_PENDING, List.of(
                        new QuantityProvisioningStatus(2, ProvisioningState.FULFILLED),
                        new QuantityProvisioningStatus(1, ProvisioningState.PREFULFILLMENT_PENDING))))));
        String path = orders(Purchasing.CUSTOMER) + "/" + order.id() + "/provisioningstatus";

        given().get(path).then().statusCode(200).contentType("application/json")
                .body("totalCount", equalTo(1))
                .body("items[0].orderLineItemId", equalTo(0))
                .body("items[0].lineItemNumber", equalTo(0))
                .body("items[0].status", equalTo("PrefulfillmentPending"))
                .body("items[0].quantityProvisioningInformation.quantity", equalTo(List.of(2, 1)))
                .body("items[0].quantityProvisioningInformation.status", equalTo(List.of("Fulfilled", "PrefulfillmentPending")))
                .body("links.self.uri", equalTo(path.substring("/v1".length())))
                .body("attributes.objectType", equalTo("Collection"));
    }

    @Test
    void theProvisioningStatusOfAnOrderPartnerCenterDoesNotKnowIsA404() {
        problem(given().get(orders(Purchasing.CUSTOMER) + "/" + anOrderId() + "/provisioningstatus").then().statusCode(404), "not-found")
                .body("code", equalTo("20000"));
    }

    @Test
    void anOrderIdThatIsNoneIsA400() {
        problem(given().get(orders(Purchasing.CUSTOMER) + "/not%20an%20id/provisioningstatus").then().statusCode(400), "invalid-request")
                .body("errors[0].field", equalTo("orderId"));
    }

    @Test
    void whenPartnerCenterIsUnavailableTheProvisioningStatusIsA503WithRetryAfter() {
        Order order = Purchasing.anOrder(anOrderId().value(), OrderStatus.PENDING, PLACED);
        purchasing.partnerCenterOrders.addUnlisted(order)
                .failWith(new PartnerCenterException.Unavailable(null, "Partner Center did not answer in time.", Duration.ofSeconds(12)));

        problem(given().get(orders(Purchasing.CUSTOMER) + "/" + order.id() + "/provisioningstatus").then().statusCode(503),
                "partner-center-unavailable")
                .header("Retry-After", equalTo("12"));
    }

    @Test
    void whenPartnerCenterRefusesTheServicesCredentialsTheProvisioningStatusIsA403() {
        Order order = Purchasing.anOrder(anOrderId().value(), OrderStatus.PENDING, PLACED);
        purchasing.partnerCenterOrders.addUnlisted(order)
                .failWith(new PartnerCenterException.Forbidden("900150", "This API needs App+User credentials."));

        problem(given().get(orders(Purchasing.CUSTOMER) + "/" + order.id() + "/provisioningstatus").then().statusCode(403),
                "partner-center-forbidden")
                .body("code", equalTo("900150"));
    }

    private static Order billed(CustomerId customer, BillingCycle cycle, long secondsAfter) {
        Order order = Purchasing.anOrder(anOrderId().value(), OrderStatus.COMPLETED, PLACED.plusSeconds(secondsAfter));
        return new Order(order.id(), customer, cycle, order.currency(), order.lineItems(), order.status(), order.creationDate());
    }

    private static ValidatableResponse problem(ValidatableResponse response, String type) {
        return response.contentType("application/problem+json")
                .body("type", equalTo("urn:partner-commerce:problem:" + type))
                .body("correlationId", org.hamcrest.Matchers.notNullValue());
    }
}

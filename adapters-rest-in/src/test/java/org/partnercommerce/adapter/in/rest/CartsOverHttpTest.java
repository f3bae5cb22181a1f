package org.partnercommerce.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.testing.fake.Purchasing;

/** Carts through our API: status codes, shapes and problems, over the real services and in-memory ports. */
@QuarkusTest
@TestSecurity(user = "partner-systems", roles = Roles.PARTNER)
class CartsOverHttpTest {

    @Inject
    RecordingIdempotencyRecords idempotencyRecords;

    @Inject
    Purchasing purchasing;

    private static final String CARTS = "/v1/customers/" + Purchasing.CUSTOMER + "/carts";
    private static final String LICENCE = """
            {"LineItems":[{"CatalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","Quantity":%d,"BillingCycle":"Monthly","TermDuration":"P1M"}]}""";

    @Test
    void aCartIsCreatedWithItsGroupsAndExpiry() {
        post(LICENCE.formatted(2)).statusCode(201).contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("status", equalTo("Active"))
                .body("expirationTimestamp", notNullValue())
                .body("lineItems[0].orderGroup", equalTo("0"))
                .body("lineItems[0].billingCycle", equalTo("monthly"))
                .body("attributes.objectType", equalTo("Cart"));
    }

    @Test
    void aLineThatBreaksARuleIsA422ListingEveryProblem() {
        problem(post("""
                {"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P3Y"},
                              {"catalogItemId":"NOPE0000NOPE:0001:NOPE0000NOPE","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]}""")
                .statusCode(422), "rule-violation")
                .body("code", equalTo("800009"))
                .body("errors", hasSize(2))
                .body("errors[0].lineId", equalTo(0))
                .body("errors[0].code", equalTo("10013"))
                .body("errors[1].lineId", equalTo(1))
                .body("errors[1].code", equalTo("10001"));
    }

    @Test
    void aCartWithoutLinesIsA400() {
        problem(post("{\"lineItems\":[]}").statusCode(400), "invalid-request").body("errors[0].field", equalTo("lineItems"));
    }

    @Test
    void aQuantityOfTheWrongTypeIsA400() {
        problem(post("""
                {"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":"many","billingCycle":"monthly"}]}""")
                .statusCode(400), "invalid-request").body("detail", containsString("quantity"));
    }

    @Test
    void aCustomerIdThatIsNotAGuidIsA400() {
        problem(given().contentType(ContentType.JSON).body(LICENCE.formatted(1)).post("/v1/customers/not-a-guid/carts").then()
                .statusCode(400), "invalid-request");
    }

    @Test
    void anUnknownCustomerIsA404() {
        problem(given().contentType(ContentType.JSON).body(LICENCE.formatted(1))
                .post("/v1/customers/" + UUID.randomUUID() + "/carts").then().statusCode(404), "not-found")
                .body("code", equalTo("1000"));
    }

    @Test
    void aBodyOverOneMebibyteIsA413Problem() {
        String huge = "{\"lineItems\":[],\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        problem(post(huge).statusCode(413), "payload-too-large");
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        problem(given().contentType(ContentType.XML).body("<cart/>").post(CARTS).then().statusCode(415), "unsupported-media-type");
    }

    @Test
    void theSameIdempotencyKeyAndBodyReplaysTheFirstAnswer() {
        String key = "\"" + UUID.randomUUID() + "\"";
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(LICENCE.formatted(4))
                .post(CARTS).then().statusCode(201).extract().asString();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(LICENCE.formatted(4)).post(CARTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body(equalTo(first));
    }

    @Test
    void aCreatedCartsAnswerIsKeptOnceInsideTheUnitOfWorkThatStoresTheCart() {
        String key = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(LICENCE.formatted(2)).post(CARTS)
                .then().statusCode(201);

        assertThat(idempotencyRecords.answersTo(key)).as("answers written for the key")
                .containsExactly(new RecordingIdempotencyRecords.Written(key, 201, true));
    }

    @Test
    void aCheckoutsAnswerIsKeptOnceInsideTheUnitOfWorkThatRecordsTheOrders() {
        String cartId = post(LICENCE.formatted(1)).statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();

        given().header("Idempotency-Key", key).post(CARTS + "/" + cartId + "/checkout").then().statusCode(201);

        assertThat(idempotencyRecords.answersTo(key)).as("answers written for the key")
                .containsExactly(new RecordingIdempotencyRecords.Written(key, 201, true));
    }

    @Test
    void aRefusalsAnswerIsKeptOnceAfterTheUseCase() {
        String key = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(LICENCE.formatted(100000)).post(CARTS)
                .then().statusCode(422);

        assertThat(idempotencyRecords.answersTo(key)).as("answers written for the key")
                .containsExactly(new RecordingIdempotencyRecords.Written(key, 422, false));
    }

    @Test
    void aRefusalIsReplayedToo() {
        String key = UUID.randomUUID().toString();
        String body = LICENCE.formatted(100000);
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post(CARTS).then().statusCode(422).extract().asString();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(CARTS)
                .then().statusCode(422).header("Idempotent-Replayed", "true").body(equalTo(first));
    }

    @Test
    void aKeyWhoseRequestIsStillBeingAnsweredIsA409AndItsAnswerIsGivenOnceItHasOne() throws Exception {
        String key = UUID.randomUUID().toString();
        RecordingIdempotencyRecords.Hold held = idempotencyRecords.holdNextAnswer();
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> keyed(key).body(LICENCE.formatted(3)).post(CARTS)
                .then().statusCode(201).extract().asString());
        assertThat(held.reached().await(30, TimeUnit.SECONDS)).as("the first request holds its key").isTrue();

        problem(keyed(key).body(LICENCE.formatted(3)).post(CARTS).then().statusCode(409), "idempotency-key-in-use");

        held.released().countDown();
        String answer = first.get(30, TimeUnit.SECONDS);
        keyed(key).body(LICENCE.formatted(3)).post(CARTS).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body(equalTo(answer));
    }

    @Test
    void aKeyWhoseRequestEndedInAServerErrorIsReleasedAndItsRetryIsDone() {
        String key = UUID.randomUUID().toString();
        purchasing.partnerCenterCarts.failNext(new PartnerCenterException.Unavailable(null, "503", Duration.ofSeconds(5)));

        problem(keyed(key).body(LICENCE.formatted(2)).post(CARTS).then().statusCode(503), "partner-center-unavailable");
        assertThat(idempotencyRecords.answersTo(key)).as("answers written for the key").isEmpty();

        keyed(key).body(LICENCE.formatted(2)).post(CARTS).then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertThat(idempotencyRecords.answersTo(key)).as("answers written for the key")
                .containsExactly(new RecordingIdempotencyRecords.Written(key, 201, true));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(LICENCE.formatted(1)).post(CARTS)
                .then().statusCode(201);

        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(LICENCE.formatted(2)).post(CARTS)
                .then().statusCode(422), "idempotency-key-reused");
    }

    @Test
    void aCheckoutAnswersTheOrdersAndARepeatTheSameBody() {
        String cartId = post(LICENCE.formatted(3)).statusCode(201).extract().path("id");

        String first = given().post(CARTS + "/" + cartId + "/checkout").then().statusCode(201)
                .body("orders", hasSize(1))
                .body("orders[0].lineItems[0].quantity", equalTo(3))
                .body("attributes.objectType", equalTo("CartCheckoutResult"))
                .extract().asString();

        given().post(CARTS + "/" + cartId + "/checkout").then().statusCode(201).body(equalTo(first));
        given().get(CARTS + "/" + cartId).then().statusCode(200).body("status", equalTo("Ordered"))
                .body("checkout.status", equalTo("completed"));
    }

    @Test
    void aCheckoutAnotherRequestIsStillDrivingIsA503OfItsOwnWithRetryAfter() {
        String cartId = post(LICENCE.formatted(1)).statusCode(201).extract().path("id");
        Instant now = purchasing.clock.instant();
        purchasing.carts.claim(CartId.of(cartId), "another-instance", now.plusSeconds(60), now);
        int checkoutsAsked = purchasing.partnerCenterCarts.checkoutRequests().size();

        problem(given().post(CARTS + "/" + cartId + "/checkout").then().statusCode(503), "checkout-in-progress")
                .header("Retry-After", notNullValue());
        assertThat(purchasing.partnerCenterCarts.checkoutRequests()).as("Partner Center was not asked").hasSize(checkoutsAsked);
    }

    @Test
    void anOrderedCartCannotBeReplaced() {
        String cartId = post(LICENCE.formatted(1)).statusCode(201).extract().path("id");
        given().post(CARTS + "/" + cartId + "/checkout").then().statusCode(201);

        problem(given().contentType(ContentType.JSON).body(LICENCE.formatted(2)).put(CARTS + "/" + cartId).then()
                .statusCode(409), "conflict").body("code", equalTo("800065"));
    }

    @Test
    void aReplacedCartAnswers200WithItsNewLines() {
        String cartId = post(LICENCE.formatted(1)).statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(LICENCE.formatted(7)).put(CARTS + "/" + cartId)
                .then().statusCode(200).body("lineItems[0].quantity", equalTo(7));
    }

    @Test
    void anUnknownCartIsA404WithPartnerCentersCode() {
        problem(given().get(CARTS + "/" + UUID.randomUUID()).then().statusCode(404), "not-found").body("code", equalTo("800008"));
    }

    @Test
    void aNewOrderIsInTheHistoryAtOnce() {
        String cartId = post(LICENCE.formatted(1)).statusCode(201).extract().path("id");
        String orderId = given().post(CARTS + "/" + cartId + "/checkout").then().statusCode(201).extract().path("orders[0].id");

        given().get("/v1/customers/" + Purchasing.CUSTOMER + "/orders/" + orderId).then().statusCode(200).body("id", equalTo(orderId));
        given().queryParam("size", 500).get("/v1/customers/" + Purchasing.CUSTOMER + "/orders").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(orderId));
    }

    @Test
    @TestSecurity(user = "auditor", roles = Roles.READER)
    void aReaderMayNotCreateACart() {
        problem(post(LICENCE.formatted(1)).statusCode(403), "forbidden");
    }

    private static RequestSpecification keyed(String key) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key);
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post(CARTS).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, String type) {
        return response.contentType("application/problem+json")
                .body("type", equalTo("urn:partner-commerce:problem:" + type))
                .body("correlationId", notNullValue());
    }
}

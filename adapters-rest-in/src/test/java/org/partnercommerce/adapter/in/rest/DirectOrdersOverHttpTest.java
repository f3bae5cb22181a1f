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
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.testing.fake.Purchasing;

/** Direct orders through our API: status codes, shapes and problems, over the real services and in-memory ports. */
@QuarkusTest
@TestSecurity(user = "partner-systems", roles = Roles.PARTNER)
class DirectOrdersOverHttpTest {

    private static final String ORDERS = "/v1/customers/" + Purchasing.CUSTOMER + "/orders";
    private static final String INTUNE_DEVICE = "DB2E705F-B82A-4024-A3D5-D88E12F2DB35";
    /** Shaped as the documentation writes it: PascalCase, nulls, attributes, the cycle unknown. */
    private static final String DOCUMENTED = """
            {"Id":null,"ReferenceCustomerId":"%s","BillingCycle":"unknown",
             "LineItems":[{"LineItemNumber":0,"OfferId":"%s","SubscriptionId":null,"ParentSubscriptionId":null,
               "FriendlyName":"New offer purchase.","Quantity":%d,"PartnerIdOnRecord":"%s","Attributes":{"ObjectType":"OrderLineItem"}}],
             "CreationDate":null,"Attributes":{"ObjectType":"Order"}}""";

    @Inject
    Purchasing purchasing;

    @Inject
    RecordingIdempotencyRecords idempotencyRecords;

    private static String order(int quantity) {
        return DOCUMENTED.formatted(Purchasing.CUSTOMER, INTUNE_DEVICE, quantity, Purchasing.RESELLER);
    }

    @Test
    void anOrderInTheDocumentedShapeIsPlacedAndAnswered201() {
        post(order(5)).statusCode(201).contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("referenceCustomerId", equalTo(Purchasing.CUSTOMER.value()))
                .body("billingCycle", equalTo("monthly"))
                .body("status", equalTo("pending"))
                .body("lineItems[0].offerId", equalTo(INTUNE_DEVICE))
                .body("lineItems[0].quantity", equalTo(5))
                .body("lineItems[0].friendlyName", equalTo("New offer purchase."))
                .body("lineItems[0].partnerIdOnRecord", equalTo(Purchasing.RESELLER.value()))
                .body("attributes.objectType", equalTo("Order"));
    }

    @Test
    void anOrderThatBreaksRulesIsA422ListingEveryProblemWithItsLineFieldAndCode() {
        problem(post("""
                {"referenceCustomerId":"%s","billingCycle":"monthly","lineItems":[
                  {"lineItemNumber":0,"offerId":"%s","quantity":10001},
                  {"lineItemNumber":1,"offerId":"00000000-0000-0000-0000-000000000000","quantity":1,"partnerIdOnRecord":"1234567"}]}"""
                .formatted(Purchasing.OTHER_CUSTOMER, INTUNE_DEVICE)).statusCode(422), "rule-violation")
                .body("code", equalTo("800002"))
                .body("errors", hasSize(4))
                .body("errors[0].lineId", nullValue())
                .body("errors[0].field", equalTo("referenceCustomerId"))
                .body("errors[0].code", equalTo("800002"))
                .body("errors[1].lineId", equalTo(0))
                .body("errors[1].field", equalTo("quantity"))
                .body("errors[1].code", equalTo("800017"))
                .body("errors[2].lineId", equalTo(1))
                .body("errors[2].code", equalTo("800004"))
                .body("errors[3].lineId", equalTo(1))
                .body("errors[3].field", equalTo("partnerIdOnRecord"))
                .body("errors[3].code", equalTo("2072"));
    }

    @Test
    void anOrderWithoutLinesIsA400() {
        problem(post("{\"referenceCustomerId\":\"" + Purchasing.CUSTOMER + "\",\"lineItems\":[]}").statusCode(400), "invalid-request")
                .body("code", equalTo("800002"))
                .body("errors[0].field", equalTo("lineItems"));
    }

    @Test
    void aPartnerOnRecordThatIsNotAPartnerIdIsA400() {
        problem(post(order(5).replace(Purchasing.RESELLER.value(), "Fabrikam")).statusCode(400), "invalid-request")
                .body("errors[0].field", equalTo("partnerIdOnRecord"));
    }

    @Test
    void aPlacedOrdersAnswerIsKeptOnceInsideTheUnitOfWorkThatRecordsItAndReplayed() {
        String key = UUID.randomUUID().toString();

        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(order(3)).post(ORDERS)
                .then().statusCode(201).extract().asString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(order(3)).post(ORDERS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body(equalTo(first));

        assertThat(idempotencyRecords.answersTo(key)).as("answers written for the key")
                .containsExactly(new RecordingIdempotencyRecords.Written(key, 201, true));
    }

    @Test
    void aPartnerCenterClientsRequestIdServesAsTheKey() {
        String requestId = UUID.randomUUID().toString();

        String first = given().contentType(ContentType.JSON).header("MS-RequestId", requestId).body(order(2)).post(ORDERS)
                .then().statusCode(201).extract().asString();
        given().contentType(ContentType.JSON).header("MS-RequestId", requestId).body(order(2)).post(ORDERS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body(equalTo(first));
    }

    @Test
    void anAppOnlyServiceAnswers403SayingHowToConfigureAppPlusUser() {
        purchasing.partnerCenterOrders.calledAppOnly(true);
        try {
            problem(post(order(5)).statusCode(403), "partner-center-forbidden")
                    .body("code", equalTo("900150"))
                    .body("detail", containsString("App+User"));
        } finally {
            purchasing.partnerCenterOrders.calledAppOnly(false);
        }
    }

    @Test
    void anOrderAnotherRequestIsStillPlacingIsA503OfItsOwnWithRetryAfter() {
        String key = UUID.randomUUID().toString();
        purchasing.partnerCenterOrders.failNextPlacing(new PartnerCenterException.Unavailable(null, "timeout", null));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(order(4)).post(ORDERS)
                .then().statusCode(503);
        RequestId pending = purchasing.partnerCenterOrders.placeRequests().getLast();
        purchasing.placements.claim(pending, "another-instance", purchasing.clock.instant().plusSeconds(60), purchasing.clock.instant());

        problem(given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(order(4)).post(ORDERS)
                .then().statusCode(503), "order-in-progress")
                .header("Retry-After", notNullValue());
        assertThat(purchasing.partnerCenterOrders.placeRequests()).as("the retry did not call Partner Center").endsWith(pending);
    }

    @Test
    @TestSecurity(user = "auditor", roles = Roles.READER)
    void aReaderMayNotPlaceAnOrder() {
        problem(post(order(1)).statusCode(403), "forbidden");
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post(ORDERS).then();
    }

    private static ValidatableResponse problem(ValidatableResponse response, String type) {
        return response.contentType("application/problem+json")
                .body("type", equalTo("urn:partner-commerce:problem:" + type))
                .body("correlationId", notNullValue());
    }
}

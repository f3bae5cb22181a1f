package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * Requests a careless or hostile client sends to create a cart: each is a 4xx problem, never
 * a 5xx, and leaves no trace — no cart reaches Partner Center (a tripwire on its create-cart
 * route stays unfired), none is bought, none is kept.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class BadInputIsRefusedAndLeavesNoTrace {

    private static final String CUSTOMER = Seed.WINGTIP_TOYS;

    @Inject
    AgroalDataSource database;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void malformedJsonIsA400() {
        refused(400, "invalid-request", json("{\"lineItems\": [ {\"catalogItemId\": \"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS\", "));
    }

    @Test
    void aQuantityOfTheWrongTypeIsA400() {
        refused(400, "invalid-request", json("""
                {"lineItems":[{"catalogItemId":"%s","quantity":"many","billingCycle":"monthly","termDuration":"P1M"}]}"""
                .formatted(Seed.M365_E5)));
    }

    @Test
    void lineItemsThatAreNotAListAreA400() {
        refused(400, "invalid-request", json("{\"lineItems\": \"" + Seed.M365_E5 + "\"}"));
    }

    @Test
    void aBodyThatIsAJsonArrayIsA400() {
        refused(400, "invalid-request", json("[" + Seed.licenceCart(1) + "]"));
    }

    @Test
    void aCartWithoutLinesIsA400() {
        refused(400, "invalid-request", json("{\"lineItems\": []}"));
    }

    @Test
    void aNullLineIsA400() {
        refused(400, "invalid-request", json("{\"lineItems\": [null]}"));
    }

    @Test
    void aQuantityOfZeroIsA400() {
        refused(400, "invalid-request", json(Seed.licenceCart(0)));
    }

    @Test
    void anUnknownBillingCycleIsA400() {
        refused(400, "invalid-request", json("""
                {"lineItems":[{"catalogItemId":"%s","quantity":1,"billingCycle":"fortnightly","termDuration":"P1M"}]}"""
                .formatted(Seed.M365_E5)));
    }

    @Test
    void lineIdsThatDoNotRunFromZeroAreA400() {
        refused(400, "invalid-request", json("""
                {"lineItems":[{"id":0,"catalogItemId":"%1$s","quantity":1,"billingCycle":"monthly","termDuration":"P1M"},
                              {"id":7,"catalogItemId":"%1$s","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]}"""
                .formatted(Seed.M365_E5)));
    }

    @Test
    void aTenMegabyteBodyIsA413() {
        String tenMegabytes = "{\"lineItems\":[],\"padding\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        refused(413, "payload-too-large", json(tenMegabytes));
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        refused(415, "unsupported-media-type", request -> request.contentType(ContentType.XML).body("<cart/>")
                .post("/v1/customers/{c}/carts", CUSTOMER));
    }

    @Test
    void aCustomerIdThatIsNotAGuidIsA400() {
        refused(400, "invalid-request", "not-a-guid", request -> request.contentType(ContentType.JSON).body(Seed.licenceCart(1))
                .post("/v1/customers/{c}/carts", "not-a-guid"));
    }

    @Test
    void aCustomerPartnerCenterDoesNotKnowIsA404() {
        String unknown = UUID.randomUUID().toString();
        refused(404, "not-found", unknown, request -> request.contentType(ContentType.JSON).body(Seed.licenceCart(1))
                .post("/v1/customers/{c}/carts", unknown));
    }

    @Test
    void anUnknownCatalogItemIsA422() {
        refused(422, "rule-violation", json("""
                {"lineItems":[{"catalogItemId":"CFQ7TTC0ZZZZ:0001:CFQ7TTC0ZZZZ","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]}"""));
    }

    private static Function<RequestSpecification, Response> json(String body) {
        return request -> request.contentType(ContentType.JSON).body(body).post("/v1/customers/{c}/carts", CUSTOMER);
    }

    private void refused(int status, String type, Function<RequestSpecification, Response> call) {
        refused(status, type, CUSTOMER, call);
    }

    /** @param customer the customer the call is for, whose purchases must not change */
    private void refused(int status, String type, String customer, Function<RequestSpecification, Response> call) {
        NoTrace trace = NoTrace.before(database, emulator, customer);

        Response answer = call.apply(given().auth().oauth2(Tokens.partner()));

        Problems.assertProblem(answer, status, type);
        assertThat(answer.asString()).as("nothing of the server's insides").doesNotContain("Exception", "org.partnercommerce");
        trace.assertNoneLeft();
    }
}

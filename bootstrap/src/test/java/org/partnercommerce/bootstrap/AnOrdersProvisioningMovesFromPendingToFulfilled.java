package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * An order's provisioning status, read through to Partner Center (App+User there) at the link
 * every order answer carries: pending line by line while Partner Center provisions the order,
 * fulfilled once it has; an order Partner Center does not know is not found, and a Partner Center
 * that does not answer is a 503 with Retry-After.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class AnOrdersProvisioningMovesFromPendingToFulfilled {

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarm() {
        emulator.disarmAll();
    }

    @Test
    void eachLineIsPrefulfillmentPendingUntilPartnerCenterProvisionsTheOrderThenFulfilled() {
        String token = Tokens.partner();
        String customer = Seed.FOURTH_COFFEE;
        String orderId = ApiCalls.orderedCart(token, customer, ApiCalls.createdCart(token, customer, Seed.licenceCart(7))).getFirst();
        String link = given().auth().oauth2(token).get("/v1/customers/{c}/orders/{id}", customer, orderId)
                .then().statusCode(200).extract().path("links.provisioningStatus.uri");

        Response pending = given().auth().oauth2(token).get("/v1" + link);
        emulator.provision(orderId);
        Response fulfilled = given().auth().oauth2(token).get("/v1" + link);

        assertThat(link).isEqualTo("/customers/" + customer + "/orders/" + orderId + "/provisioningstatus");
        assertThat(pending.statusCode()).as(pending.asString()).isEqualTo(200);
        assertThat(pending.<List<String>>path("items.status")).containsExactly("PrefulfillmentPending");
        assertThat(pending.<List<Integer>>path("items[0].quantityProvisioningInformation.quantity")).containsExactly(7);
        assertThat(pending.<String>path("attributes.objectType")).isEqualTo("Collection");
        assertThat(fulfilled.<List<String>>path("items.status")).containsExactly("Fulfilled");
        assertThat(fulfilled.<List<String>>path("items[0].quantityProvisioningInformation.status")).containsExactly("Fulfilled");
        assertThat(fulfilled.<List<Integer>>path("items.lineItemNumber")).containsExactly(0);
        given().auth().oauth2(token).get("/v1/customers/{c}/orders/{id}", customer, orderId)
                .then().statusCode(200).body("status", equalTo("completed"));
    }

    @Test
    void theProvisioningOfAnOrderPartnerCenterDoesNotKnowIsNotFound() {
        Response answer = given().auth().oauth2(Tokens.partner())
                .get("/v1/customers/{c}/orders/{id}/provisioningstatus", Seed.FOURTH_COFFEE, "a0b1c2d3e4f5");

        Problems.assertProblem(answer, 404, "not-found");
        assertThat(answer.<String>path("code")).isEqualTo("20000");
    }

    @Test
    void whenPartnerCenterDoesNotAnswerItIsA503WithRetryAfter() {
        String token = Tokens.partner();
        String customer = Seed.FOURTH_COFFEE;
        String orderId = ApiCalls.orderedCart(token, customer, ApiCalls.createdCart(token, customer, Seed.licenceCart(1))).getFirst();
        emulator.arm(Map.of("method", "GET", "path", "/v1/customers/*/orders/*/provisioningstatus", "kind", "status",
                "status", 503, "retryAfterSeconds", 1, "probability", 1.0));

        Response answer = given().auth().oauth2(token).get("/v1/customers/{c}/orders/{id}/provisioningstatus", customer, orderId);

        Problems.assertProblem(answer, 503, "partner-center-unavailable");
        assertThat(answer.getHeader("Retry-After")).isNotBlank();
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Read-your-writes: Partner Center lists a new order only after a delay (up to 15 minutes; the
 * test emulator: {@link EmulatorResource#ORDER_LISTING_DELAY}), while our order history shows it
 * the moment its checkout answered, and each order answers by id.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class NewOrdersAreListedAtOnce {

    private static final String PARTNER_CENTER_SCOPE = "https://api.partnercenter.microsoft.com/.default";

    @Test
    void theOrdersOfACheckoutAreInTheCustomersOrderListAtOnceThoughPartnerCenterDoesNotListThemYet() {
        String token = Tokens.partner();
        String customer = Seed.FOURTH_COFFEE;
        String cartId = ApiCalls.createdCart(token, customer, Seed.twoGroupCart(1));
        List<String> orderIds = ApiCalls.orderedCart(token, customer, cartId);
        assertThat(orderIds).hasSize(2);

        List<String> listed = given().auth().oauth2(token).queryParam("size", 500)
                .get("/v1/customers/{c}/orders", customer)
                .then().statusCode(200).extract().path("items.id");
        List<String> listedByPartnerCenter = given().baseUri(EmulatorResource.emulator().baseUri().toString())
                .auth().oauth2(Tokens.fetch("demo-partner", "demo-partner-secret", PARTNER_CENTER_SCOPE))
                .get("/v1/customers/{c}/orders", customer)
                .then().statusCode(200).extract().path("items.id");

        assertThat(listed).as("our order list, right after the checkout").containsAll(orderIds);
        for (String orderId : orderIds) {
            given().auth().oauth2(token).get("/v1/customers/{c}/orders/{id}", customer, orderId)
                    .then().statusCode(200)
                    .body("id", equalTo(orderId))
                    .body("referenceCustomerId", equalTo(customer));
        }
        // The premise: had Partner Center listed them already, the test would prove nothing.
        assertThat(listedByPartnerCenter).as("Partner Center's list, read after ours, still hides the new orders")
                .doesNotContainAnyElementsOf(orderIds);
    }
}

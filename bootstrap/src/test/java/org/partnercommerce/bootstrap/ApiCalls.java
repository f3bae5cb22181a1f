package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;

/** The calls to our API that many tests make on their way to what they check. */
final class ApiCalls {

    private ApiCalls() {
    }

    /** Creates the cart for the customer and answers its id; the test fails unless it was created. */
    static String createdCart(String token, String customer, String body) {
        Response created = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/v1/customers/{c}/carts", customer);
        assertThat(created.statusCode()).as("the cart was created: %s", created.asString()).isEqualTo(201);
        return created.path("id");
    }

    /** Places the direct order for the customer with the idempotency key and answers it; the test fails unless it was placed. */
    static Response placedOrder(String token, String customer, String body, String idempotencyKey) {
        Response placed = placeOrder(token, customer, body, idempotencyKey);
        assertThat(placed.statusCode()).as("the order was placed: %s", placed.asString()).isEqualTo(201);
        return placed;
    }

    /** Asks for the direct order, whatever the answer. */
    static Response placeOrder(String token, String customer, String body, String idempotencyKey) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey).body(body)
                .post("/v1/customers/{c}/orders", customer);
    }

    /** Checks the cart out and answers the ids of its orders; the test fails unless it was bought. */
    static List<String> orderedCart(String token, String customer, String cartId) {
        Response checkout = given().auth().oauth2(token).post("/v1/customers/{c}/carts/{id}/checkout", customer, cartId);
        assertThat(checkout.statusCode()).as("the cart was checked out: %s", checkout.asString()).isEqualTo(201);
        return checkout.path("orders.id");
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The emulator's control API ({@code /emulator/v1}): the purchases journal — what Partner Center
 * really bought — and the faults it injects. Not part of Partner Center; the tests' nemesis and
 * witness.
 */
final class EmulatorControl {

    static final String CHECKOUT = "/v1/customers/*/carts/*/checkout";
    static final String CREATE_CART = "/v1/customers/*/carts";

    private final URI base;

    EmulatorControl(URI base) {
        this.base = base;
    }

    /** The control API of the emulator the {@code @QuarkusTest}s share. */
    static EmulatorControl ofTestEmulator() {
        return new EmulatorControl(EmulatorResource.emulator().baseUri());
    }

    /** Every order placed for the cart, in the order they were placed. */
    List<Map<String, Object>> purchasesOf(String cartId) {
        return control().queryParam("cartId", cartId).get("/emulator/v1/purchases")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** How many orders were ever placed for the customer, through carts or directly. */
    int purchasesFor(String customerId) {
        List<Map<String, Object>> items = control().get("/emulator/v1/purchases")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return (int) items.stream().filter(item -> customerId.equals(item.get("customerId"))).count();
    }

    /** Arms a fault; answers its id. */
    String arm(Map<String, Object> fault) {
        return control().body(fault).post("/emulator/v1/faults")
                .then().statusCode(201).extract().path("id").toString();
    }

    /**
     * A fault that answers every create-cart call with a 400 until disarmed: it fires only if a cart
     * reaches Partner Center, and {@link #timesFired} counts each time it did.
     */
    String armCreateCartTripwire() {
        return arm(Map.of("method", "POST", "path", CREATE_CART, "kind", "status", "status", 400, "probability", 1.0));
    }

    /** The fault as the emulator shows it while it is armed; empty once it disarmed itself or was disarmed. */
    Optional<Map<String, Object>> fault(String id) {
        List<Map<String, Object>> items = control().get("/emulator/v1/faults")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> id.equals(String.valueOf(item.get("id")))).findFirst();
    }

    /** How often the fault fired; -1 once it is no longer armed (it used up its count, or was disarmed). */
    int timesFired(String id) {
        return fault(id).map(fault -> ((Number) fault.get("fired")).intValue()).orElse(-1);
    }

    void disarmAll() {
        control().delete("/emulator/v1/faults").then().statusCode(200);
    }

    private RequestSpecification control() {
        return given().baseUri(base.toString()).contentType(ContentType.JSON);
    }
}

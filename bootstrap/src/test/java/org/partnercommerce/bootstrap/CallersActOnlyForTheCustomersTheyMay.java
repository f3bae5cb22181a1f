package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * An indirect reseller acts only for the customers Partner Center lists it as reseller of —
 * any other customer is "not found" on every path, its carts, orders, orders by billing type and
 * orders' provisioning status included — and orders for them with itself as partner on record; a
 * reader reads but never writes.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class CallersActOnlyForTheCustomersTheyMay {

    /** Wingtip Toys has no indirect reseller: not a customer of reseller 5357564. */
    private static final String NOT_THE_RESELLERS = Seed.WINGTIP_TOYS;

    @Inject
    AgroalDataSource database;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void aResellerIsAnsweredNotFoundOnEveryPathOfACustomerThatIsNotItsOwn() {
        String partner = Tokens.partner();
        String carts = "/v1/customers/" + NOT_THE_RESELLERS + "/carts";
        String orderedCart = createCart(partner, NOT_THE_RESELLERS, 1);
        String orderId = given().auth().oauth2(partner).post(carts + "/" + orderedCart + "/checkout")
                .then().statusCode(201).extract().path("orders[0].id");
        String activeCart = createCart(partner, NOT_THE_RESELLERS, 2);
        long cartsKept = StoredRows.carts(database);
        long ordersKept = StoredRows.orderPlacements(database);
        String reseller = Tokens.reseller();

        Map<String, Function<RequestSpecification, Response>> paths = new LinkedHashMap<>();
        paths.put("create a cart", request -> request.contentType(ContentType.JSON).body(Seed.licenceCart(1)).post(carts));
        paths.put("read a cart", request -> request.get(carts + "/" + orderedCart));
        paths.put("replace a cart", request -> request.contentType(ContentType.JSON).body(Seed.licenceCart(9))
                .put(carts + "/" + activeCart));
        paths.put("check a cart out", request -> request.post(carts + "/" + activeCart + "/checkout"));
        paths.put("list orders", request -> request.get("/v1/customers/" + NOT_THE_RESELLERS + "/orders"));
        paths.put("read an order", request -> request.get("/v1/customers/" + NOT_THE_RESELLERS + "/orders/" + orderId));
        paths.put("list orders by billing type", request -> request.queryParam("billingType", "monthly")
                .get("/v1/customers/" + NOT_THE_RESELLERS + "/orders"));
        paths.put("read an order's provisioning status", request -> request
                .get("/v1/customers/" + NOT_THE_RESELLERS + "/orders/" + orderId + "/provisioningstatus"));
        paths.put("place an order", request -> request.contentType(ContentType.JSON)
                .body(Seed.intuneOrder(NOT_THE_RESELLERS, 1, Seed.RESELLER)).post("/v1/customers/" + NOT_THE_RESELLERS + "/orders"));

        paths.forEach((what, call) -> {
            Response answer = call.apply(given().auth().oauth2(reseller));
            Problems.assertProblem(what, answer, 404, "not-found");
            assertThat(answer.<String>path("code")).as("%s: the customer is unknown to the caller (1000)", what).isEqualTo("1000");
            assertThat(answer.asString()).as("%s tells nothing of the customer, its carts and orders", what)
                    .doesNotContain("Wingtip", "lineItems", "orders\":", "Active", "Ordered", "Prefulfillment", "Fulfilled");
        });

        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsKept);
        assertThat(StoredRows.orderPlacements(database)).as("direct orders kept").isEqualTo(ordersKept);
        assertThat(emulator.purchasesOf(activeCart)).as("the active cart was not bought").isEmpty();
        given().auth().oauth2(partner).get(carts + "/" + activeCart)
                .then().statusCode(200)
                .body("status", equalTo("Active"))
                .body("lineItems[0].quantity", equalTo(2));
    }

    @Test
    void aResellerCreatesAndReadsACartForItsOwnCustomer() {
        String reseller = Tokens.reseller();

        String cartId = createCart(reseller, Seed.ALPINE_SKI_HOUSE, 4);

        given().auth().oauth2(reseller).get("/v1/customers/{c}/carts/{id}", Seed.ALPINE_SKI_HOUSE, cartId)
                .then().statusCode(200)
                .body("id", equalTo(cartId))
                .body("lineItems[0].quantity", equalTo(4));
    }

    @Test
    void aResellerReadsTheOrdersAndProvisioningOfItsOwnCustomer() {
        String partner = Tokens.partner();
        String orderId = ApiCalls.orderedCart(partner, Seed.ALPINE_SKI_HOUSE, createCart(partner, Seed.ALPINE_SKI_HOUSE, 2)).getFirst();

        readsTheOrderByBillingTypeAndItsProvisioning(Tokens.reseller(), Seed.ALPINE_SKI_HOUSE, orderId, 2);
    }

    @Test
    void aReaderReadsOrdersByBillingTypeAndTheirProvisioningOfAnyCustomer() {
        String partner = Tokens.partner();
        String orderId = ApiCalls.orderedCart(partner, Seed.WINGTIP_TOYS, createCart(partner, Seed.WINGTIP_TOYS, 5)).getFirst();

        readsTheOrderByBillingTypeAndItsProvisioning(Tokens.reader(), Seed.WINGTIP_TOYS, orderId, 5);
    }

    private static void readsTheOrderByBillingTypeAndItsProvisioning(String token, String customer, String orderId, int quantity) {
        given().auth().oauth2(token).queryParam("billingType", "monthly").get("/v1/customers/{c}/orders", customer)
                .then().statusCode(200)
                .body("items.id", hasItem(orderId));
        given().auth().oauth2(token).get("/v1/customers/{c}/orders/{id}/provisioningstatus", customer, orderId)
                .then().statusCode(200)
                .body("items[0].lineItemNumber", equalTo(0))
                .body("items[0].quantityProvisioningInformation[0].quantity", equalTo(quantity));
    }

    @Test
    void aResellerOrdersForItsOwnCustomerWithItselfAsPartnerOnRecord() {
        Response placed = ApiCalls.placedOrder(Tokens.reseller(), Seed.ALPINE_SKI_HOUSE, Seed.intuneOrder(Seed.ALPINE_SKI_HOUSE, 3, null),
                UUID.randomUUID().toString());

        assertThat(placed.<String>path("lineItems[0].partnerIdOnRecord")).as("the reseller, though the order named nobody")
                .isEqualTo(Seed.RESELLER);
        assertThat(emulator.purchaseOf(Seed.ALPINE_SKI_HOUSE, placed.path("id"))).isNotNull();
    }

    @Test
    void aResellerNamingAnotherPartnerOnRecordIsRefusedAndNothingIsSent() {
        NoTrace trace = NoTrace.before(database, emulator, Seed.ALPINE_SKI_HOUSE);

        Response answer = given().auth().oauth2(Tokens.reseller()).contentType(ContentType.JSON)
                .body(Seed.intuneOrder(Seed.ALPINE_SKI_HOUSE, 3, "517285")).post("/v1/customers/{c}/orders", Seed.ALPINE_SKI_HOUSE);

        Problems.assertProblem(answer, 403, "forbidden");
        assertThat(answer.<String>path("code")).isEqualTo("900150");
        trace.assertNoneLeft();
    }

    @Test
    void aReaderIsRefusedEveryWriteAndChangesNothing() {
        String partner = Tokens.partner();
        String carts = "/v1/customers/" + Seed.WINGTIP_TOYS + "/carts";
        String cartId = createCart(partner, Seed.WINGTIP_TOYS, 3);
        long cartsKept = StoredRows.carts(database);
        long ordersKept = StoredRows.orderPlacements(database);
        String reader = Tokens.reader();

        Map<String, Function<RequestSpecification, Response>> writes = new LinkedHashMap<>();
        writes.put("create a cart", request -> request.contentType(ContentType.JSON).body(Seed.licenceCart(1)).post(carts));
        writes.put("replace a cart", request -> request.contentType(ContentType.JSON).body(Seed.licenceCart(9)).put(carts + "/" + cartId));
        writes.put("check a cart out", request -> request.post(carts + "/" + cartId + "/checkout"));
        writes.put("place an order", request -> request.contentType(ContentType.JSON)
                .body(Seed.intuneOrder(Seed.WINGTIP_TOYS, 1, null)).post("/v1/customers/" + Seed.WINGTIP_TOYS + "/orders"));

        writes.forEach((what, call) -> {
            Response answer = call.apply(given().auth().oauth2(reader));
            Problems.assertProblem(what, answer, 403, "forbidden");
        });

        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsKept);
        assertThat(StoredRows.orderPlacements(database)).as("direct orders kept").isEqualTo(ordersKept);
        assertThat(emulator.purchasesOf(cartId)).as("the cart was not bought").isEmpty();
        given().auth().oauth2(reader).get(carts + "/" + cartId)
                .then().statusCode(200)
                .body("status", equalTo("Active"))
                .body("lineItems[0].quantity", equalTo(3));
    }

    private static String createCart(String token, String customer, int quantity) {
        return ApiCalls.createdCart(token, customer, Seed.licenceCart(quantity));
    }
}

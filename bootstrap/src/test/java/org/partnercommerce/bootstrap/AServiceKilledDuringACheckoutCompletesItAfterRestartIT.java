package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterEmulator;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * {@code kill -9} of the packaged service (production profile, PostgreSQL) between marking a
 * checkout pending and recording its result, while Partner Center is still buying: the
 * emulator, in this JVM, outlives the service and finishes the purchase; the restarted service
 * completes the checkout on its own with the same request id, and Partner Center has bought
 * each order group exactly once. The same holds for a re-attempt of a failed order group killed
 * midway: the restarted service completes it with the re-attempt's own request id, and the group
 * ordered by the first checkout is never bought again.
 */
class AServiceKilledDuringACheckoutCompletesItAfterRestartIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final long PARTNER_CENTER_LATENCY_MS = 4000;
    private static final Path LOGS = Path.of("target", "crash-test");

    private static PartnerCenterEmulator emulator;
    private static ServiceProcess service;

    @BeforeAll
    static void startPartnerCenter() {
        emulator = PackagedServiceOnPostgresql.partnerCenter(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopEverything() {
        PackagedServiceOnPostgresql.stop(service, emulator);
    }

    @Test
    void theRestartedServiceCompletesTheCheckoutAndPartnerCenterBuysEachOrderGroupOnce() throws Exception {
        EmulatorControl partnerCenter = new EmulatorControl(emulator.baseUri());
        service = ServiceProcess.start(PackagedServiceOnPostgresql.settings(emulator, true), LOGS.resolve("service-before-kill.log"), READY_WITHIN);
        String token = Tokens.fetch(emulator.baseUri(), "demo-partner", "demo-partner-secret", Tokens.PARTNER_COMMERCE_SCOPE);
        String customer = Seed.WINGTIP_TOYS;
        String cartId = given().baseUri(service.baseUri().toString()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Seed.twoGroupCart(1)).post("/v1/customers/{c}/carts", customer)
                .then().statusCode(201).extract().path("id");
        String slow = partnerCenter.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "latency",
                "latencyMs", PARTNER_CENTER_LATENCY_MS, "count", 1));

        CompletableFuture<HttpResponse<String>> unanswered = checkoutInTheBackground(token, customer, cartId);
        String requestId = Polling.until("the checkout to be pending", Duration.ofSeconds(20),
                () -> cart(token, customer, cartId), cart -> "pending".equals(cart.path("checkout.status")))
                .path("checkout.requestId");
        Polling.until("the checkout call to reach Partner Center", Duration.ofSeconds(10),
                () -> partnerCenter.fault(slow).isPresent(), armed -> !armed);
        service.kill();

        assertThat(PackagedServiceOnPostgresql.outcomeOf(unanswered)).as("the client of the killed service got no answer").isEqualTo(-1);
        List<Purchase> boughtWhileDown = Polling.until("Partner Center to finish the purchase", Duration.ofSeconds(15),
                () -> partnerCenter.purchasesOf(cartId), bought -> !bought.isEmpty());
        assertThat(boughtWhileDown).as("what Partner Center bought while the service was down")
                .extracting(Purchase::requestId).containsOnly(requestId);

        service = ServiceProcess.start(PackagedServiceOnPostgresql.settings(emulator, false), LOGS.resolve("service-after-kill.log"), READY_WITHIN);
        Response ordered = Polling.until("the restarted service to complete the checkout", Duration.ofSeconds(60),
                () -> cart(token, customer, cartId), cart -> "Ordered".equals(cart.path("status")));

        assertThat(ordered.<String>path("checkout.status")).isEqualTo("completed");
        assertThat(ordered.<String>path("checkout.requestId")).as("the checkout kept its request id").isEqualTo(requestId);
        List<Purchase> bought = partnerCenter.purchasesOf(cartId);
        assertThat(bought).as("what Partner Center bought for the cart").hasSize(2);
        assertThat(bought).extracting(Purchase::orderGroup).containsExactlyInAnyOrder("0", "1");
        Response checkout = given().baseUri(service.baseUri().toString()).auth().oauth2(token)
                .post("/v1/customers/{c}/carts/{id}/checkout", customer, cartId);
        assertThat(checkout.statusCode()).as("a checkout after recovery answered %s", checkout.asString()).isEqualTo(201);
        assertThat(checkout.<List<String>>path("orders.id")).as("the orders answered are the orders bought")
                .containsExactlyInAnyOrderElementsOf(bought.stream().map(Purchase::orderId).toList());
        assertThat(partnerCenter.purchasesOf(cartId)).as("nothing more was bought").hasSize(2);
    }

    @Test
    void theRestartedServiceCompletesAReattemptOfAFailedGroupAndNoGroupIsBoughtTwice() throws Exception {
        if (service != null) {
            service.close();
        }
        EmulatorControl partnerCenter = new EmulatorControl(emulator.baseUri());
        service = ServiceProcess.start(PackagedServiceOnPostgresql.settings(emulator, true), LOGS.resolve("reattempt-before-kill.log"), READY_WITHIN);
        String token = Tokens.fetch(emulator.baseUri(), "demo-partner", "demo-partner-secret", Tokens.PARTNER_COMMERCE_SCOPE);
        String customer = Seed.FOURTH_COFFEE;
        String cartId = given().baseUri(service.baseUri().toString()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Seed.twoGroupCart(1)).post("/v1/customers/{c}/carts", customer)
                .then().statusCode(201).extract().path("id");
        partnerCenter.arm(Map.of("kind", "order-group-failure", "catalogItemId", Seed.WINDOWS_SERVER, "count", 1));
        Response first = given().baseUri(service.baseUri().toString()).auth().oauth2(token)
                .post("/v1/customers/{c}/carts/{id}/checkout", customer, cartId);
        assertThat(first.statusCode()).as("the first checkout answered %s", first.asString()).isEqualTo(201);
        assertThat(first.<String>path("orderErrors[0].orderGroupId")).isEqualTo("1");
        String firstOrder = first.path("orders[0].id");
        String slow = partnerCenter.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "latency",
                "latencyMs", PARTNER_CENTER_LATENCY_MS, "count", 1));

        CompletableFuture<HttpResponse<String>> unanswered = checkoutInTheBackground(token, customer, cartId);
        String reattempt = Polling.until("the re-attempt to be pending", Duration.ofSeconds(20),
                () -> cart(token, customer, cartId), cart -> "pending".equals(cart.path("checkout.status")))
                .path("checkout.requestId");
        Polling.until("the re-attempt to reach Partner Center", Duration.ofSeconds(10),
                () -> partnerCenter.fault(slow).isPresent(), armed -> !armed);
        service.kill();

        assertThat(PackagedServiceOnPostgresql.outcomeOf(unanswered)).as("the client of the killed service got no answer").isEqualTo(-1);
        Polling.until("Partner Center to finish the re-attempt", Duration.ofSeconds(15),
                () -> partnerCenter.purchasesOf(cartId), bought -> bought.size() == 2);

        service = ServiceProcess.start(PackagedServiceOnPostgresql.settings(emulator, false), LOGS.resolve("reattempt-after-kill.log"), READY_WITHIN);
        Response ordered = Polling.until("the restarted service to complete the re-attempt", Duration.ofSeconds(60),
                () -> cart(token, customer, cartId), cart -> "Ordered".equals(cart.path("status")));

        assertThat(ordered.<String>path("checkout.requestId")).as("the re-attempt kept its request id").isEqualTo(reattempt);
        List<Purchase> bought = partnerCenter.purchasesOf(cartId);
        assertThat(bought).extracting(Purchase::orderGroup).containsExactlyInAnyOrder("0", "1");
        assertThat(bought).filteredOn(purchase -> purchase.orderGroup().equals("1"))
                .extracting(Purchase::requestId).containsExactly(reattempt);
        Response checkout = given().baseUri(service.baseUri().toString()).auth().oauth2(token)
                .post("/v1/customers/{c}/carts/{id}/checkout", customer, cartId);
        assertThat(checkout.<List<String>>path("orders.id")).as("the orders answered are the orders bought").startsWith(firstOrder)
                .containsExactlyInAnyOrderElementsOf(bought.stream().map(Purchase::orderId).toList());
        assertThat(partnerCenter.purchasesOf(cartId)).as("nothing more was bought").hasSize(2);
    }

    private static CompletableFuture<HttpResponse<String>> checkoutInTheBackground(String token, String customer, String cartId) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI checkout = service.baseUri().resolve("/v1/customers/" + customer + "/carts/" + cartId + "/checkout");
        return http.sendAsync(HttpRequest.newBuilder(checkout).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Response cart(String token, String customer, String cartId) {
        Response cart = given().baseUri(service.baseUri().toString()).auth().oauth2(token)
                .get("/v1/customers/{c}/carts/{id}", customer, cartId);
        assertThat(cart.statusCode()).as("reading the cart answered %s", cart.asString()).isEqualTo(200);
        return cart;
    }
}

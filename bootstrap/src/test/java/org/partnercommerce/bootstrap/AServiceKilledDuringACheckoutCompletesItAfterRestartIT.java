package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.EmulatorOptions;
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

    private static final String DATABASE_HOST = "127.0.0.1";
    private static final int DATABASE_PORT = 5432;
    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final long PARTNER_CENTER_LATENCY_MS = 4000;
    private static final Path LOGS = Path.of("target", "crash-test");

    private static PartnerCenterEmulator emulator;
    private static ServiceProcess service;

    @BeforeAll
    static void startPartnerCenter() {
        assumeTrue(postgresqlListens(), "PostgreSQL does not listen on " + DATABASE_HOST + ":" + DATABASE_PORT
                + ": the packaged service needs it (database test, user postgres, trust), so this test cannot run here");
        assertThat(ServiceProcess.JAR).as("the packaged service (mvn package builds it before integration-test)").exists();
        emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0)
                .withOrderListingDelay(Duration.ofSeconds(2))
                .withProvisioningDelay(Duration.ofSeconds(2)));
    }

    @AfterAll
    static void stopEverything() {
        if (service != null) {
            service.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void theRestartedServiceCompletesTheCheckoutAndPartnerCenterBuysEachOrderGroupOnce() throws Exception {
        EmulatorControl partnerCenter = new EmulatorControl(emulator.baseUri());
        service = ServiceProcess.start(settings(true), LOGS.resolve("service-before-kill.log"), READY_WITHIN);
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

        assertThat(outcomeOf(unanswered)).as("the client of the killed service got no answer").isEqualTo(-1);
        List<Purchase> boughtWhileDown = Polling.until("Partner Center to finish the purchase", Duration.ofSeconds(15),
                () -> partnerCenter.purchasesOf(cartId), bought -> !bought.isEmpty());
        assertThat(boughtWhileDown).as("what Partner Center bought while the service was down")
                .extracting(Purchase::requestId).containsOnly(requestId);

        service = ServiceProcess.start(settings(false), LOGS.resolve("service-after-kill.log"), READY_WITHIN);
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
        service = ServiceProcess.start(settings(true), LOGS.resolve("reattempt-before-kill.log"), READY_WITHIN);
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

        assertThat(outcomeOf(unanswered)).as("the client of the killed service got no answer").isEqualTo(-1);
        Polling.until("Partner Center to finish the re-attempt", Duration.ofSeconds(15),
                () -> partnerCenter.purchasesOf(cartId), bought -> bought.size() == 2);

        service = ServiceProcess.start(settings(false), LOGS.resolve("reattempt-after-kill.log"), READY_WITHIN);
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

    /**
     * The production profile with PostgreSQL and the emulator as Partner Center. A claim on a cart
     * lasts 6 s: longer than the injected 4 s of Partner Center latency, short enough that the
     * restarted service takes over the dead one's checkout soon; recovery looks every second.
     */
    private static Map<String, String> settings(boolean firstStart) {
        Map<String, String> settings = new HashMap<>(EmulatorResource.configurationFor(emulator));
        settings.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + DATABASE_HOST + ":" + DATABASE_PORT + "/test");
        settings.put("quarkus.datasource.username", "postgres");
        settings.put("partnercommerce.partner.partner-id", Seed.PARTNER_ID);
        settings.put("partnercommerce.checkout.lease", "PT6S");
        settings.put("partnercommerce.checkout.recovery-every", "1s");
        settings.put("partnercommerce.checkout.recovery-delay", "1s");
        if (firstStart) {
            settings.put("quarkus.flyway.clean-at-start", "true");
            settings.put("quarkus.flyway.clean-disabled", "false");
        }
        return settings;
    }

    private static CompletableFuture<HttpResponse<String>> checkoutInTheBackground(String token, String customer, String cartId) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI checkout = service.baseUri().resolve("/v1/customers/" + customer + "/carts/" + cartId + "/checkout");
        return http.sendAsync(HttpRequest.newBuilder(checkout).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status the client got, or -1 when the connection died without an answer. */
    private static int outcomeOf(CompletableFuture<HttpResponse<String>> call) throws InterruptedException, TimeoutException {
        try {
            return call.get(30, TimeUnit.SECONDS).statusCode();
        } catch (ExecutionException noAnswer) {
            return -1;
        }
    }

    private static Response cart(String token, String customer, String cartId) {
        Response cart = given().baseUri(service.baseUri().toString()).auth().oauth2(token)
                .get("/v1/customers/{c}/carts/{id}", customer, cartId);
        assertThat(cart.statusCode()).as("reading the cart answered %s", cart.asString()).isEqualTo(200);
        return cart;
    }

    private static boolean postgresqlListens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(DATABASE_HOST, DATABASE_PORT), 1000);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }
}

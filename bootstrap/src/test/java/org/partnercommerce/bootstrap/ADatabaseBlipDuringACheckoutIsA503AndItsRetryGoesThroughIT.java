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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterEmulator;
import org.partnercommerce.testing.emulator.EmulatorControl;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;

/**
 * The packaged service (production profile) loses its PostgreSQL while Partner Center is buying a
 * checkout: the connections drop, new ones are refused. The caller is answered 503
 * {@code database-unavailable} with {@code Retry-After} — never a 500 — and once the database is
 * back, its retry with the same {@code Idempotency-Key} is answered the orders within seconds: the
 * key and the cart's claim of the request that failed are given back, not left to run out (a
 * lease of 90 s, a key abandoned after 2 minutes, as by default). Partner Center bought once.
 */
class ADatabaseBlipDuringACheckoutIsA503AndItsRetryGoesThroughIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final Path LOGS = Path.of("target", "crash-test");
    private static final long PARTNER_CENTER_LATENCY_MS = 3000;

    private static PartnerCenterEmulator emulator;
    private static DatabaseNemesis nemesis;
    private static ServiceProcess service;

    @BeforeAll
    static void start() throws Exception {
        emulator = PackagedServiceOnPostgresql.partnerCenter(Duration.ofSeconds(2));
        nemesis = DatabaseNemesis.before(PackagedServiceOnPostgresql.host(), PackagedServiceOnPostgresql.port());
        Map<String, String> settings = PackagedServiceOnPostgresql.settings(emulator, true);
        settings.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + nemesis.port() + "/test");
        settings.put("partnercommerce.checkout.lease", "PT90S");
        settings.put("partnercommerce.idempotency.abandoned-after", "PT2M");
        settings.put("partnercommerce.checkout.held-releases-every", "1s");
        service = ServiceProcess.start(settings, LOGS.resolve("database-blip.log"), READY_WITHIN);
    }

    @AfterAll
    static void stopEverything() {
        PackagedServiceOnPostgresql.stop(service, emulator);
        if (nemesis != null) {
            nemesis.close();
        }
    }

    @Test
    void theCheckoutIsA503WhileTheDatabaseIsAwayAndItsRetryIsAnsweredTheOrdersOnceItIsBack() throws Exception {
        EmulatorControl partnerCenter = new EmulatorControl(emulator.baseUri());
        String token = Tokens.fetch(emulator.baseUri(), "demo-partner", "demo-partner-secret", Tokens.PARTNER_COMMERCE_SCOPE);
        String customer = Seed.WINGTIP_TOYS;
        String cartId = given().baseUri(service.baseUri().toString()).auth().oauth2(token).contentType(ContentType.JSON)
                .body(Seed.twoGroupCart(1)).post("/v1/customers/{c}/carts", customer)
                .then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        String slow = partnerCenter.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "latency",
                "latencyMs", PARTNER_CENTER_LATENCY_MS, "count", 1));

        CompletableFuture<HttpResponse<String>> first = checkout(token, customer, cartId, key);
        Polling.until("the checkout call to reach Partner Center", Duration.ofSeconds(20),
                () -> partnerCenter.fault(slow).isPresent(), armed -> !armed);
        nemesis.cut();
        HttpResponse<String> duringTheBlip = first.get(60, TimeUnit.SECONDS);
        Polling.until("Partner Center to finish the purchase", Duration.ofSeconds(15),
                () -> partnerCenter.purchasesOf(cartId), bought -> bought.size() == 2);

        assertThat(duringTheBlip.statusCode()).as("answered %s", duringTheBlip.body()).isEqualTo(503);
        assertThat(duringTheBlip.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(duringTheBlip.headers().firstValue("Retry-After")).isPresent();
        assertThat(duringTheBlip.body()).contains("urn:partner-commerce:problem:database-unavailable").doesNotContain("Exception");

        nemesis.heal();
        Instant healed = Instant.now();
        HttpResponse<String> retried = retryAsACarefulClientDoes(token, customer, cartId, key);
        Duration blockedAfterTheBlip = Duration.between(healed, Instant.now());

        assertThat(retried.statusCode()).as("the retry answered %s", retried.body()).isEqualTo(201);
        assertThat(blockedAfterTheBlip).as("how long the retry waited once the database was back")
                .isLessThan(Duration.ofSeconds(30));
        List<Purchase> bought = partnerCenter.purchasesOf(cartId);
        assertThat(bought).as("bought once, with the first request id").hasSize(2)
                .extracting(Purchase::requestId).containsOnly(bought.getFirst().requestId());
        Response cart = given().baseUri(service.baseUri().toString()).auth().oauth2(token)
                .get("/v1/customers/{c}/carts/{id}", customer, cartId);
        assertThat(cart.<String>path("status")).isEqualTo("Ordered");
    }

    /** The same key until a definite answer: after a 503 or a 409 in use, wait (Retry-After, else a second) and send it again. */
    private static HttpResponse<String> retryAsACarefulClientDoes(String token, String customer, String cartId, String key)
            throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            HttpResponse<String> answer = checkout(token, customer, cartId, key).get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as("never a 5xx other than 503: %s", answer.body()).satisfiesAnyOf(
                    status -> assertThat(status).isLessThan(500), status -> assertThat(status).isEqualTo(503));
            boolean undecided = answer.statusCode() == 503 || answer.statusCode() == 409 && answer.body().contains("idempotency-key-in-use");
            if (!undecided || Instant.now().isAfter(deadline)) {
                return answer;
            }
            Thread.sleep(1000L * answer.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L));
        }
    }

    private static CompletableFuture<HttpResponse<String>> checkout(String token, String customer, String cartId, String key) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI checkout = service.baseUri().resolve("/v1/customers/" + customer + "/carts/" + cartId + "/checkout");
        return http.sendAsync(HttpRequest.newBuilder(checkout).header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", key).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}

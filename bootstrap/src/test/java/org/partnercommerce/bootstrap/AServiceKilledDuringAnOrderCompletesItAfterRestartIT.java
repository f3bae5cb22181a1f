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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterEmulator;
import org.partnercommerce.testing.emulator.EmulatorControl;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;

/**
 * {@code kill -9} of the packaged service (production profile, PostgreSQL) while Partner Center is
 * placing a direct order: the order was kept pending with its request id before Partner Center was
 * called; the emulator, in this JVM, outlives the service and places it; the restarted service's
 * recovery job completes it with the same request id, and Partner Center has placed exactly one
 * order. The client's retry with its Idempotency-Key is then answered that order.
 */
class AServiceKilledDuringAnOrderCompletesItAfterRestartIT {

    private static final Duration READY_WITHIN = Duration.ofSeconds(90);
    private static final long PARTNER_CENTER_LATENCY_MS = 4000;
    private static final Path LOGS = Path.of("target", "crash-test");

    private static PartnerCenterEmulator emulator;
    private static ServiceProcess service;

    /** A placement as its row shows it. */
    private record Kept(String requestId, String state, String orderId) {
    }

    @BeforeAll
    static void startPartnerCenter() {
        emulator = PackagedServiceOnPostgresql.partnerCenter(Duration.ofMinutes(10));
    }

    @AfterAll
    static void stopEverything() {
        PackagedServiceOnPostgresql.stop(service, emulator);
    }

    @Test
    void theRestartedServicePlacesTheOrderOnceWithTheSameRequestId() throws Exception {
        EmulatorControl partnerCenter = new EmulatorControl(emulator.baseUri());
        service = ServiceProcess.start(PackagedServiceOnPostgresql.settings(emulator, true), LOGS.resolve("order-before-kill.log"),
                READY_WITHIN);
        String token = Tokens.fetch(emulator.baseUri(), "demo-partner", "demo-partner-secret", Tokens.PARTNER_COMMERCE_SCOPE);
        String key = UUID.randomUUID().toString();
        String body = Seed.intuneOrder(Seed.LITWARE, 9, Seed.LITWARES_RESELLER);
        String slow = partnerCenter.arm(Map.of("method", "POST", "path", EmulatorControl.ORDERS, "kind", "latency",
                "latencyMs", PARTNER_CENTER_LATENCY_MS, "count", 1));

        CompletableFuture<HttpResponse<String>> unanswered = placeInTheBackground(token, key, body);
        String requestId = Polling.until("the order to be kept pending", Duration.ofSeconds(20), () -> kept(Seed.LITWARE),
                kept -> kept.isPresent() && "PENDING".equals(kept.get().state())).orElseThrow().requestId();
        Polling.until("the order to reach Partner Center", Duration.ofSeconds(10),
                () -> partnerCenter.fault(slow).isPresent(), armed -> !armed);
        service.kill();

        assertThat(PackagedServiceOnPostgresql.outcomeOf(unanswered)).as("the client of the killed service got no answer")
                .isEqualTo(-1);
        List<Purchase> placedWhileDown = Polling.until("Partner Center to finish placing the order", Duration.ofSeconds(15),
                () -> partnerCenter.purchasesWithRequestId(requestId), placed -> !placed.isEmpty());
        assertThat(kept(Seed.LITWARE)).as("the dead service's record of it").hasValueSatisfying(
                kept -> assertThat(kept.state()).isEqualTo("PENDING"));

        service = ServiceProcess.start(PackagedServiceOnPostgresql.settings(emulator, false), LOGS.resolve("order-after-kill.log"),
                READY_WITHIN);
        Kept placed = Polling.until("the restarted service's recovery to complete the order", Duration.ofSeconds(60),
                () -> kept(Seed.LITWARE), kept -> kept.isPresent() && "PLACED".equals(kept.get().state())).orElseThrow();

        String orderId = placedWhileDown.getFirst().orderId();
        assertThat(placed.requestId()).as("the order kept its request id").isEqualTo(requestId);
        assertThat(placed.orderId()).as("the order recorded is the one Partner Center placed").isEqualTo(orderId);
        assertThat(partnerCenter.purchasesWithRequestId(requestId)).as("orders Partner Center placed").hasSize(1);
        assertThat(partnerCenter.purchasesFor(Seed.LITWARE)).as("orders Partner Center placed for the customer").isEqualTo(1);
        try (Connection database = PackagedServiceOnPostgresql.database()) {
            assertThat(StoredRows.purchaseSteps(database, requestId)).as("the audit")
                    .containsExactly("ORDER_STARTED demo-partner", "ORDERED recovery");
        }
        List<String> listed = given().baseUri(service.baseUri().toString()).auth().oauth2(token)
                .get("/v1/customers/{c}/orders", Seed.LITWARE).then().statusCode(200).extract().path("items.id");
        assertThat(listed).as("the customer's history").contains(orderId);

        Response retried = Polling.until("the client's retry to be answered", Duration.ofSeconds(30),
                () -> given().baseUri(service.baseUri().toString()).auth().oauth2(token).contentType(ContentType.JSON)
                        .header("Idempotency-Key", key).body(body).post("/v1/customers/{c}/orders", Seed.LITWARE),
                answer -> answer.statusCode() != 409);
        assertThat(retried.statusCode()).as("the retry answered %s", retried.asString()).isEqualTo(201);
        assertThat(retried.<String>path("id")).isEqualTo(orderId);
        assertThat(partnerCenter.purchasesFor(Seed.LITWARE)).as("nothing more was placed").isEqualTo(1);
    }

    private static CompletableFuture<HttpResponse<String>> placeInTheBackground(String token, String key, String body) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI orders = service.baseUri().resolve("/v1/customers/" + Seed.LITWARE + "/orders");
        return http.sendAsync(HttpRequest.newBuilder(orders).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", key).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The customer's direct order as the service's database keeps it, if there is one. */
    private static Optional<Kept> kept(String customer) {
        try (Connection database = PackagedServiceOnPostgresql.database();
             PreparedStatement query = database.prepareStatement(
                     "select request_id, state, order_id from order_placements where customer_id = ?")) {
            query.setString(1, customer);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Kept(rows.getString(1), rows.getString(2), rows.getString(3))) : Optional.empty();
            }
        } catch (SQLException notYet) {
            // the schema is made at the service's start
            return Optional.empty();
        }
    }
}

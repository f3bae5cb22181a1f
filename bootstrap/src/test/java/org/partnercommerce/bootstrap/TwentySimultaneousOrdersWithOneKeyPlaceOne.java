package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.bootstrap.SimultaneousClients.Outcome;
import org.partnercommerce.testing.emulator.EmulatorControl;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;

/**
 * Twenty clients send the same direct order with the same Idempotency-Key at the same instant
 * while Partner Center takes its time: Partner Center places it once. Each client is answered the
 * order (201) or told the key is still being answered (409), and a retry after is answered the
 * order, byte for byte.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class TwentySimultaneousOrdersWithOneKeyPlaceOne {

    private static final int CLIENTS = 20;

    @TestHTTPResource("/")
    URI service;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void twentyClientsWithOneKeyPlaceOneOrder() throws Exception {
        String token = Tokens.partner();
        String key = UUID.randomUUID().toString();
        int before = emulator.purchasesFor(Seed.LITWARE);
        String slowOrder = emulator.arm(Map.of("method", "POST", "path", EmulatorControl.ORDERS, "kind", "latency",
                "latencyMs", 1500, "probability", 1.0, "count", 1));

        List<Outcome> history = SimultaneousClients.send(request(token, key, Seed.intuneOrder(Seed.LITWARE, 11, Seed.LITWARES_RESELLER)),
                CLIENTS);

        assertThat(emulator.fault(slowOrder)).as("the slow order happened").isEmpty();
        assertThat(emulator.purchasesFor(Seed.LITWARE)).as("orders Partner Center placed").isEqualTo(before + 1);
        Purchase placed = emulator.latestPurchaseFor(Seed.LITWARE);
        assertThat(emulator.purchasesWithRequestId(placed.requestId())).hasSize(1);
        assertThat(history).as("every client's status; a 409 shows the requests met while the first was in flight")
                .extracting(Outcome::status).containsOnly(201, 409).contains(201, 409);
        assertThat(history).filteredOn(outcome -> outcome.status() == 409).extracting(outcome -> Bodies.text(outcome.body()))
                .allSatisfy(problem -> assertThat(problem).contains("urn:partner-commerce:problem:idempotency-key-in-use"));
        List<String> answered = history.stream().filter(outcome -> outcome.status() == 201)
                .map(outcome -> Bodies.text(outcome.body())).distinct().toList();
        assertThat(answered).as("the orders answered, byte for byte").singleElement()
                .satisfies(body -> assertThat(body).contains(placed.orderId()));

        HttpResponse<byte[]> retry;
        try (HttpClient http = HttpClient.newHttpClient()) {
            retry = http.send(request(token, key, Seed.intuneOrder(Seed.LITWARE, 11, Seed.LITWARES_RESELLER)),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(Bodies.text(retry.body())).as("a retry after, byte for byte").isEqualTo(answered.getFirst());
        assertThat(emulator.purchasesFor(Seed.LITWARE)).as("nothing more placed").isEqualTo(before + 1);
    }

    private HttpRequest request(String token, String key, String body) {
        return HttpRequest.newBuilder(service.resolve("v1/customers/" + Seed.LITWARE + "/orders"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}

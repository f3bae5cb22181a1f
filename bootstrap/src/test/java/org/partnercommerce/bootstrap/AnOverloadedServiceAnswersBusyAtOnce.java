package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * With as many requests in flight as it serves at once, the service answers one more at once with
 * 503, Retry-After and a problem, having done nothing; its health stays readable, and once the
 * requests in flight end it serves again.
 */
@QuarkusTest
@TestProfile(AnOverloadedServiceAnswersBusyAtOnce.TwoAtOnce.class)
@WithTestResource(EmulatorResource.class)
class AnOverloadedServiceAnswersBusyAtOnce {

    public static final class TwoAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnercommerce.api.max-in-flight", "2");
        }
    }

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void aRequestBeyondTheLimitIsRefusedAtOnceAndTheServiceRecovers() throws Exception {
        String token = Tokens.partner();
        String slowProducts = emulator.arm(Map.of("method", "GET", "path", "/v1/products", "kind", "latency",
                "latencyMs", 3000, "probability", 1.0, "count", 2));
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> inFlight = List.of(
                    clients.submit(() -> products(token, "US").statusCode()),
                    clients.submit(() -> products(token, "DE").statusCode()));
            Polling.until("both catalog reads are held up at Partner Center", Duration.ofSeconds(10), () -> emulator.timesFired(slowProducts),
                    fired -> fired == 2 || fired == -1);

            Response busy = given().auth().oauth2(token).header("MS-CorrelationId", "overload-test-1")
                    .header("MS-RequestId", "0c5d3a7e-2f41-4b8a-9e6d-5a4b3c2d1e0f")
                    .get("/v1/customers/{c}/orders", Seed.FOURTH_COFFEE);

            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(busy.header("MS-CorrelationId")).isEqualTo("overload-test-1");
            assertThat(busy.header("MS-RequestId")).isEqualTo("0c5d3a7e-2f41-4b8a-9e6d-5a4b3c2d1e0f");
            assertThat(busy.<String>path("type")).isEqualTo("urn:partner-commerce:problem:overloaded");
            assertThat(busy.<String>path("correlationId")).isEqualTo("overload-test-1");
            assertThat(given().get("/q/health/live").statusCode()).as("health is never shed").isEqualTo(200);

            for (Future<Integer> request : inFlight) {
                assertThat(request.get()).as("the requests in flight are served").isEqualTo(200);
            }
            assertThat(products(token, "US").statusCode()).as("served again once the requests in flight ended").isEqualTo(200);
        } finally {
            clients.shutdownNow();
        }
    }

    private static Response products(String token, String country) {
        return given().auth().oauth2(token).queryParam("country", country).queryParam("targetView", "OnlineServices")
                .get("/v1/products");
    }
}

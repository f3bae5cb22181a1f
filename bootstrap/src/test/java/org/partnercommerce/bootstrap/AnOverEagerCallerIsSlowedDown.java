package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.bootstrap.Problems.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A caller may send its burst of requests at once and then its rate; one more is answered 429 with
 * Retry-After and a rate-limited problem, having done nothing, while other callers are served; after
 * the time it was told, the caller is served again.
 */
@QuarkusTest
@TestProfile(AnOverEagerCallerIsSlowedDown.ThreeAtOnceThenOneInFiveSeconds.class)
@WithTestResource(EmulatorResource.class)
class AnOverEagerCallerIsSlowedDown {

    public static final class ThreeAtOnceThenOneInFiveSeconds implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Slow enough that the burst is sent well before a token comes back, on a busy machine too.
            return Map.of("partnercommerce.api.rate-limit.requests-per-second", "0.2",
                    "partnercommerce.api.rate-limit.burst", "3");
        }
    }

    @Test
    void aBurstOverTheLimitIsRefusedWithRetryAfterAndTheCallerIsServedAgainAfterIt() throws InterruptedException {
        String reader = Tokens.reader();
        String partner = Tokens.partner();
        assertThat(orders(partner, "warm-up").statusCode()).as("another caller warms the service up").isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(orders(reader, "burst-" + i).statusCode()).as("request %d of the burst", i).isEqualTo(200);
        }

        Response limited = orders(reader, "rate-limit-test-1");

        assertProblem("the request beyond the burst", limited, 429, "rate-limited");
        assertThat(limited.header("MS-CorrelationId")).isEqualTo("rate-limit-test-1");
        assertThat(limited.<String>path("correlationId")).isEqualTo("rate-limit-test-1");
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 5L);
        assertThat(orders(partner, "another-caller").statusCode()).as("another caller is served").isEqualTo(200);

        Thread.sleep(retryAfter * 1000);

        assertThat(orders(reader, "after-retry-after").statusCode()).as("served again after Retry-After").isEqualTo(200);
    }

    private static Response orders(String token, String correlationId) {
        return given().auth().oauth2(token).header("MS-CorrelationId", correlationId)
                .get("/v1/customers/{c}/orders", Seed.FOURTH_COFFEE);
    }
}

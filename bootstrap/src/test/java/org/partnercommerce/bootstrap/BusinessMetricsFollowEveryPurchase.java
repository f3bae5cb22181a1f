package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * The business metrics move with the purchases: a checkout that buys, one Partner Center refuses and
 * one whose answer is lost (pending until recovery completes it) each show in
 * {@code /q/metrics}, read before and after. And every metric the alerts and the dashboard in
 * {@code ops/} name is one the service exposes.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class BusinessMetricsFollowEveryPurchase {

    private static final Duration DEADLINE = Duration.ofSeconds(45);
    private static final Path OPS = Path.of("..", "ops");

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();
    private final String token = Tokens.partner();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void anOrderedARefusedAndAPendingCheckoutMoveTheBusinessMetrics() {
        String before = metrics();

        String ordered = createCart();
        assertThat(checkout(ordered).statusCode()).isEqualTo(201);

        String refused = createCart();
        emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "status", "status", 400, "count", 1));
        Response refusal = checkout(refused);
        assertThat(refusal.statusCode()).as("the refusal answered %s", refusal.asString()).isBetween(400, 499);

        String pending = createCart();
        emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "drop-response", "probability", 1.0));
        assertThat(checkout(pending).statusCode()).isEqualTo(503);
        String whilePending = Polling.until("the pending checkout to show in the gauges", DEADLINE, this::metrics,
                text -> value(text, "partnercommerce_pending", "path", "cart") >= 1
                        && value(text, "partnercommerce_pending_oldest_age_seconds", "path", "cart") > 0);

        emulator.disarmAll();
        Polling.until("recovery to complete the pending checkout", DEADLINE, () -> cart(pending),
                cart -> "Ordered".equals(cart.path("status")));
        String after = Polling.until("the recovery to be counted", DEADLINE, this::metrics,
                text -> delta(before, text, "partnercommerce_purchase_events_total", "kind", "ordered") >= 2);

        assertThat(delta(before, after, "partnercommerce_purchase_events_total", "kind", "checkout_started")).isGreaterThanOrEqualTo(3);
        assertThat(delta(before, after, "partnercommerce_purchase_events_total", "kind", "ordered")).isGreaterThanOrEqualTo(2);
        assertThat(delta(before, after, "partnercommerce_purchase_events_total", "kind", "refused")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "partnercommerce_purchase_events_total", "kind", "still_pending")).isGreaterThanOrEqualTo(1);
        assertThat(delta(before, after, "partnercommerce_recoveries_total", "path", "cart")).isGreaterThanOrEqualTo(1);
        assertThat(value(whilePending, "partnercommerce_pending", "path", "cart")).isGreaterThanOrEqualTo(1);
        assertThat(value(after, "partnercommerce_recovery_last_run_timestamp_seconds"))
                .as("recovery ran within the last minute").isGreaterThan(System.currentTimeMillis() / 1000.0 - 60);

        assertThat(delta(before, after, "partnercommerce_partner_center_calls_total", "operation", "POST checkout", "status", "2xx"))
                .isGreaterThanOrEqualTo(2);
        assertThat(delta(before, after, "partnercommerce_partner_center_calls_total", "operation", "POST checkout", "status", "400"))
                .isEqualTo(1);
        assertThat(delta(before, after, "partnercommerce_partner_center_calls_total", "operation", "POST checkout", "status", "io")
                + delta(before, after, "partnercommerce_partner_center_calls_total", "operation", "POST checkout", "status", "timeout"))
                .as("the lost answers").isGreaterThanOrEqualTo(1);
        assertThat(after).contains("partnercommerce_partner_center_circuit_open{operation=\"POST checkout\"");
    }

    @Test
    void aReplayAKeyReusedAndCallersAskingBeyondTheirScopeAreCounted() {
        String before = metrics();
        String key = java.util.UUID.randomUUID().toString();

        for (int quantity : new int[] {1, 1, 2}) {
            given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key)
                    .body(Seed.twoGroupCart(quantity)).post("/v1/customers/{c}/carts", Seed.TAILSPIN_TOYS);
        }
        assertThat(given().auth().oauth2(Tokens.reseller()).get("/v1/customers/{c}/orders", Seed.WINGTIP_TOYS).statusCode())
                .as("another partner's customer, to a reseller").isEqualTo(404);
        assertThat(given().auth().oauth2(Tokens.reader()).contentType("application/json").body(Seed.twoGroupCart(1))
                .post("/v1/customers/{c}/carts", Seed.TAILSPIN_TOYS).statusCode()).as("a reader buying").isEqualTo(403);
        String after = metrics();

        assertThat(delta(before, after, "partnercommerce_idempotent_requests_total", "result", "replayed")).isEqualTo(1);
        assertThat(delta(before, after, "partnercommerce_idempotent_requests_total", "result", "reused")).isEqualTo(1);
        assertThat(delta(before, after, "partnercommerce_scoping_refusals_total", "answer", "not_found")).isEqualTo(1);
        assertThat(delta(before, after, "partnercommerce_scoping_refusals_total", "answer", "forbidden")).isEqualTo(1);
    }

    @Test
    void everyMetricTheAlertsAndTheDashboardNameIsExposed() throws IOException {
        String ordered = createCart();
        assertThat(checkout(ordered).statusCode()).isEqualTo(201);
        String exposed = metrics();

        Set<String> named = new TreeSet<>();
        for (Path file : new Path[] {OPS.resolve("prometheus/alerts.yml"), OPS.resolve("grafana/partner-commerce.json")}) {
            Matcher metric = Pattern.compile("\\b(partnercommerce_[a-z_]+|http_server_requests_seconds_count)\\b")
                    .matcher(Files.readString(file));
            while (metric.find()) {
                named.add(metric.group(1));
            }
        }

        assertThat(named).as("the metrics ops/ names").contains("partnercommerce_purchase_events_total",
                "partnercommerce_pending_oldest_age_seconds", "partnercommerce_partner_center_circuit_open",
                "partnercommerce_recovery_last_run_timestamp_seconds", "http_server_requests_seconds_count");
        assertThat(named).allSatisfy(name -> assertThat(exposed).as("/q/metrics").containsPattern("(?m)^" + name + "[{ ]"));
    }

    private String createCart() {
        return ApiCalls.createdCart(token, Seed.TAILSPIN_TOYS, Seed.twoGroupCart(1));
    }

    private Response checkout(String cartId) {
        return given().auth().oauth2(token).post("/v1/customers/{c}/carts/{id}/checkout", Seed.TAILSPIN_TOYS, cartId);
    }

    private Response cart(String cartId) {
        return given().auth().oauth2(token).get("/v1/customers/{c}/carts/{id}", Seed.TAILSPIN_TOYS, cartId);
    }

    private String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double delta(String before, String after, String name, String... labels) {
        return value(after, name, labels) - value(before, name, labels);
    }

    /**
     * The sum of the series of the metric that carry these label values (0 when there is none yet). A
     * sample may be followed by an exemplar, the trace it was counted in ({@code # {span_id=...,trace_id=...} 1.0 <time>}),
     * which is not its value.
     */
    private static double value(String metrics, String name, String... labels) {
        return Arrays.stream(metrics.split("\n"))
                .map(line -> line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line)
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> {
                    for (int i = 0; i < labels.length; i += 2) {
                        if (!line.contains(labels[i] + "=\"" + labels[i + 1] + "\"")) {
                            return false;
                        }
                    }
                    return true;
                })
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}

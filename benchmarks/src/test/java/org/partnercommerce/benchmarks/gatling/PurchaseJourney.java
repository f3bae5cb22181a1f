package org.partnercommerce.benchmarks.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The purchase journey, one virtual user per journey, users arriving at a constant rate (an
 * open model: a slow answer does not slow the arrivals, so the percentiles are not flattered):
 *
 * <ol>
 *   <li><b>token</b>: client credentials at the emulator's Entra-like token endpoint (the same in both
 *       targets: neither the service nor Partner Center issues the caller's token);</li>
 *   <li><b>create cart</b>: 3 US new-commerce lines (one order group);</li>
 *   <li><b>checkout</b>;</li>
 *   <li><b>get order</b>: the order the checkout answered, by id.</li>
 * </ol>
 *
 * {@code -Djourney.target=service} sends it to Partner Commerce (with an {@code Idempotency-Key} on
 * each POST, as a careful client does); {@code -Djourney.target=emulator} sends the same calls to
 * the Partner Center emulator itself (with an {@code MS-RequestId} on each POST): the baseline.
 *
 * <p>System properties: {@code journey.target}, {@code journey.apiUrl} (the service's or the
 * emulator's base URL), {@code journey.tokenUrl}, {@code journey.rate} (journeys per second),
 * {@code journey.seconds} (how long users arrive), {@code journey.rampSeconds} (a ramp from 1/s up
 * to the rate before it, 0 for none). Every address is on loopback.
 */
public class PurchaseJourney extends Simulation {

    /** The seeded US customers of the emulator, taken in turn. */
    private static final List<String> CUSTOMERS = List.of(
            "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d",
            "28045616-f6b9-462f-9701-0d89b5e65c44",
            "932c4101-dc08-461b-b4c1-75d80e905775",
            "ebd8b4c2-4069-46a8-bd70-123d6dec3e39");

    /** Three US new-commerce licences, all billed monthly: one order group, so one order. */
    static final String THREE_LINE_CART = """
            {"lineItems":[
              {"catalogItemId":"CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS","quantity":5,"billingCycle":"monthly","termDuration":"P1M"},
              {"catalogItemId":"CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5","quantity":10,"billingCycle":"monthly","termDuration":"P1Y"},
              {"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]}""";

    private final String target = System.getProperty("journey.target", "service");
    private final boolean throughService = !target.equals("emulator");
    private final String apiUrl = required("journey.apiUrl");
    private final String tokenUrl = required("journey.tokenUrl");
    private final double rate = Double.parseDouble(System.getProperty("journey.rate", "10"));
    private final int seconds = Integer.parseInt(System.getProperty("journey.seconds", "30"));
    private final int rampSeconds = Integer.parseInt(System.getProperty("journey.rampSeconds", "0"));

    private final HttpProtocolBuilder protocol = http
            .baseUrl(apiUrl)
            .acceptHeader("application/json")
            .userAgentHeader("partner-commerce-benchmarks")
            // one pool for every user, as a partner's system keeps one; nothing is fetched before the run
            .shareConnections()
            .disableWarmUp()
            .disableCaching();

    private final AtomicLong journeys = new AtomicLong();

    private final Iterator<Map<String, Object>> feeder = Stream.generate(() -> {
        long n = journeys.getAndIncrement();
        return Map.<String, Object>of(
                "customer", CUSTOMERS.get((int) (n % CUSTOMERS.size())),
                "cartKey", UUID.randomUUID().toString(),
                "checkoutKey", UUID.randomUUID().toString());
    }).iterator();

    private ChainBuilder journey() {
        String scope = throughService ? "partner-commerce/.default" : "https://api.partnercenter.microsoft.com/.default";
        String keyHeader = throughService ? "Idempotency-Key" : "MS-RequestId";
        return exec(
                http("token").post(tokenUrl)
                        .formParam("grant_type", "client_credentials")
                        .formParam("client_id", "demo-partner")
                        .formParam("client_secret", "demo-partner-secret")
                        .formParam("scope", scope)
                        .check(status().is(200), jsonPath("$.access_token").saveAs("token")))
                .exitHereIfFailed()
                .exec(
                http("create cart").post("/v1/customers/#{customer}/carts")
                        .header("Authorization", "Bearer #{token}")
                        .header("Content-Type", "application/json")
                        .header(keyHeader, "#{cartKey}")
                        .body(StringBody(THREE_LINE_CART))
                        .check(status().is(201), jsonPath("$.id").saveAs("cartId")))
                .exitHereIfFailed()
                .exec(
                http("checkout").post("/v1/customers/#{customer}/carts/#{cartId}/checkout")
                        .header("Authorization", "Bearer #{token}")
                        .header(keyHeader, "#{checkoutKey}")
                        .check(status().is(201), jsonPath("$.orders[0].id").saveAs("orderId")))
                .exitHereIfFailed()
                .exec(
                http("get order").get("/v1/customers/#{customer}/orders/#{orderId}")
                        .header("Authorization", "Bearer #{token}")
                        .check(status().is(200), jsonPath("$.id").is(session -> session.getString("orderId"))));
    }

    {
        ScenarioBuilder scenario = scenario("purchase journey (" + target + ")").feed(feeder).exec(journey());
        List<OpenInjectionStep> steps = new ArrayList<>();
        if (rampSeconds > 0) {
            steps.add(rampUsersPerSec(1).to(rate).during(Duration.ofSeconds(rampSeconds)));
        }
        steps.add(constantUsersPerSec(rate).during(Duration.ofSeconds(seconds)));
        setUp(scenario.injectOpen(steps)).protocols(protocol)
                // a step that cannot keep up ends anyway: arrivals stop after rampSeconds + seconds, stragglers
                // time out (gatling.conf: requestTimeout), and the run is cut 60 s after the last arrival
                .maxDuration(Duration.ofSeconds(rampSeconds + seconds + 60L));
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Set -D" + name);
        }
        return value;
    }
}

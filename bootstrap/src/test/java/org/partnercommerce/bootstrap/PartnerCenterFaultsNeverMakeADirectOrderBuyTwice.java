package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;

/**
 * The emulator as nemesis of a direct order: it loses the answer after placing, throttles, or is
 * down for longer than the service retries. Whatever it does, Partner Center places the order
 * exactly once — one purchase under the order's request id — and the caller ends up with it.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class PartnerCenterFaultsNeverMakeADirectOrderBuyTwice {

    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(45);

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();
    private final String token = Tokens.partner();
    private final String key = UUID.randomUUID().toString();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void anOrderWhoseAnswerWasLostAfterPlacingIsAnsweredWithTheOrderPlacedOnce() {
        String drop = emulator.arm(Map.of("method", "POST", "path", EmulatorControl.ORDERS, "kind", "drop-response", "count", 1));

        Response placed = place();

        assertThat(emulator.fault(drop)).as("the lost answer (the fault fired and disarmed itself)").isEmpty();
        assertThat(placed.statusCode()).as("the order answered %s", placed.asString()).isEqualTo(201);
        assertPlacedOnce(placed);
    }

    @Test
    void anOrderWhoseEveryAnswerIsLostStaysPendingAndTheClientsRetryGetsTheOrderPlacedOnce() {
        int before = emulator.purchasesFor(Seed.LITWARE);
        emulator.arm(Map.of("method", "POST", "path", EmulatorControl.ORDERS, "kind", "drop-response", "probability", 1.0));

        Response first = place();

        assertPendingProblem(first);
        assertThat(emulator.purchasesFor(Seed.LITWARE)).as("Partner Center placed it, once, though no answer arrived")
                .isEqualTo(before + 1);

        emulator.disarmAll();
        Response retried = Polling.until("a retry to answer the order", RECOVERY_DEADLINE, this::place,
                answer -> answer.statusCode() != 503);

        assertThat(retried.statusCode()).as("the retry answered %s", retried.asString()).isEqualTo(201);
        assertPlacedOnce(retried);
        assertThat(emulator.purchasesFor(Seed.LITWARE)).as("nothing more placed").isEqualTo(before + 1);
    }

    @Test
    void aThrottlingStormIsWaitedOutAndTheOrderIsPlacedOnce() {
        String storm = emulator.arm(Map.of("method", "POST", "path", EmulatorControl.ORDERS, "kind", "status", "status", 429,
                "retryAfterSeconds", 1, "count", 3));

        Response placed = place();

        assertThat(emulator.fault(storm)).as("the three 429s were all answered").isEmpty();
        assertThat(placed.statusCode()).as("the order answered %s", placed.asString()).isEqualTo(201);
        assertPlacedOnce(placed);
    }

    @Test
    void anOutageLongerThanTheRetriesLeavesTheOrderPendingUntilRecoveryPlacesItOnItsOwn() {
        int before = emulator.purchasesFor(Seed.LITWARE);
        emulator.arm(Map.of("method", "POST", "path", EmulatorControl.ORDERS, "kind", "status", "status", 503,
                "retryAfterSeconds", 1, "probability", 1.0));

        Response during = place();

        assertPendingProblem(during);
        assertThat(emulator.purchasesFor(Seed.LITWARE)).as("nothing placed during the outage").isEqualTo(before);

        emulator.disarmAll();
        Polling.until("the recovery job to place the order", RECOVERY_DEADLINE, () -> emulator.purchasesFor(Seed.LITWARE),
                placed -> placed > before);
        String orderId = emulator.latestPurchaseFor(Seed.LITWARE).orderId();
        Polling.until("the order to be in the customer's history", RECOVERY_DEADLINE, this::listed,
                listed -> listed.contains(orderId));

        Response answered = place();
        assertThat(answered.statusCode()).as("the client's retry answered %s", answered.asString()).isEqualTo(201);
        assertThat(answered.<String>path("id")).isEqualTo(orderId);
        assertPlacedOnce(answered);
        assertThat(emulator.purchasesFor(Seed.LITWARE)).as("one order placed in all").isEqualTo(before + 1);
    }

    private Response place() {
        return ApiCalls.placeOrder(token, Seed.LITWARE, Seed.intuneOrder(Seed.LITWARE, 7, Seed.LITWARES_RESELLER), key);
    }

    private List<String> listed() {
        return given().auth().oauth2(token).queryParam("size", 500).get("/v1/customers/{c}/orders", Seed.LITWARE)
                .then().statusCode(200).extract().path("items.id");
    }

    private void assertPendingProblem(Response answer) {
        Problems.assertProblem(answer, 503, "partner-center-unavailable");
        assertThat(answer.header("Retry-After")).as("Retry-After").isNotNull();
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
    }

    private void assertPlacedOnce(Response answered) {
        Purchase purchase = emulator.purchaseOf(Seed.LITWARE, answered.path("id"));
        assertThat(emulator.purchasesWithRequestId(purchase.requestId())).as("orders placed under the order's request id")
                .hasSize(1);
    }
}

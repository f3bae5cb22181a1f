package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * The emulator as nemesis: it loses the checkout's answer after buying, throttles, or is down
 * for longer than the service retries. Whatever it does, every cart is bought exactly once —
 * one order per order group in the purchases journal — and the caller ends up with the orders.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class PartnerCenterFaultsNeverMakeACheckoutBuyTwice {

    private static final List<String> GROUPS = List.of("0", "1");
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(45);

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();
    private final String token = Tokens.partner();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void aCheckoutWhoseAnswerWasLostAfterBuyingIsAnsweredWithTheOrdersBoughtOnce() {
        String cartId = createCart(Seed.TAILSPIN_TOYS);
        String drop = emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "drop-response", "count", 1));

        Response first = checkout(Seed.TAILSPIN_TOYS, cartId);

        assertThat(emulator.fault(drop)).as("the lost answer (the fault fired and disarmed itself)").isEmpty();
        assertThat(first.statusCode()).as("the checkout answered %s", first.asString()).isEqualTo(201);
        assertBoughtOncePerGroup(cartId, first.path("orders.id"));

        Response retry = checkout(Seed.TAILSPIN_TOYS, cartId);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(emulator.purchasesOf(cartId)).as("a retry buys nothing more").hasSize(GROUPS.size());
        assertThat(Bodies.text(retry)).as("the retry's body, byte for byte").isEqualTo(Bodies.text(first));
    }

    @Test
    void aCheckoutWhoseEveryAnswerIsLostStaysPendingAndTheClientsRetryGetsTheOrdersBoughtOnce() {
        String cartId = createCart(Seed.TAILSPIN_TOYS);
        emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "drop-response", "probability", 1.0));

        Response first = checkout(Seed.TAILSPIN_TOYS, cartId);

        assertPendingProblem(first);
        assertThat(cart(Seed.TAILSPIN_TOYS, cartId).<String>path("checkout.status")).isEqualTo("pending");
        assertThat(emulator.purchasesOf(cartId)).as("Partner Center bought, once, though no answer arrived").hasSize(GROUPS.size());

        emulator.disarmAll();
        Response retried = Polling.until("a retried checkout to answer 201", RECOVERY_DEADLINE,
                () -> checkout(Seed.TAILSPIN_TOYS, cartId), answer -> answer.statusCode() != 503);

        assertThat(retried.statusCode()).as("the retry answered %s", retried.asString()).isEqualTo(201);
        assertBoughtOncePerGroup(cartId, retried.path("orders.id"));
    }

    @Test
    void aThrottlingStormIsWaitedOutAndTheCheckoutBuysOnce() {
        String cartId = createCart(Seed.TAILSPIN_TOYS);
        String storm = emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "status", "status", 429,
                "retryAfterSeconds", 1, "count", 3));

        Response checkout = checkout(Seed.TAILSPIN_TOYS, cartId);

        assertThat(emulator.fault(storm)).as("the three 429s were all answered").isEmpty();
        assertThat(checkout.statusCode()).as("the checkout answered %s", checkout.asString()).isEqualTo(201);
        assertBoughtOncePerGroup(cartId, checkout.path("orders.id"));
    }

    @Test
    void anOutageLongerThanTheRetriesLeavesTheCheckoutPendingUntilRecoveryCompletesItOnItsOwn() {
        String cartId = createCart(Seed.TAILSPIN_TOYS);
        emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "status", "status", 503,
                "retryAfterSeconds", 1, "probability", 1.0));

        Response during = checkout(Seed.TAILSPIN_TOYS, cartId);

        assertPendingProblem(during);
        Response pending = cart(Seed.TAILSPIN_TOYS, cartId);
        assertThat(pending.<String>path("checkout.status")).isEqualTo("pending");
        assertThat(pending.<String>path("status")).isNotEqualTo("Ordered");
        String requestId = pending.path("checkout.requestId");
        assertThat(requestId).as("the request id Partner Center will see").isNotBlank();
        assertThat(emulator.purchasesOf(cartId)).as("nothing bought during the outage").isEmpty();

        emulator.disarmAll();
        Response ordered = Polling.until("the recovery job to complete the checkout", RECOVERY_DEADLINE,
                () -> cart(Seed.TAILSPIN_TOYS, cartId), cart -> "Ordered".equals(cart.path("status")));

        assertThat(ordered.<String>path("checkout.status")).isEqualTo("completed");
        assertThat(ordered.<String>path("checkout.requestId")).as("the checkout kept its request id").isEqualTo(requestId);
        List<Purchase> bought = emulator.purchasesOf(cartId);
        assertThat(bought).as("one purchase per order group").hasSize(GROUPS.size())
                .extracting(Purchase::requestId).containsOnly(requestId);
        assertBoughtOncePerGroup(cartId, checkout(Seed.TAILSPIN_TOYS, cartId).path("orders.id"));
    }

    private String createCart(String customer) {
        return ApiCalls.createdCart(token, customer, Seed.twoGroupCart(1));
    }

    private Response checkout(String customer, String cartId) {
        return given().auth().oauth2(token).post("/v1/customers/{c}/carts/{id}/checkout", customer, cartId);
    }

    private Response cart(String customer, String cartId) {
        Response cart = given().auth().oauth2(token).get("/v1/customers/{c}/carts/{id}", customer, cartId);
        assertThat(cart.statusCode()).isEqualTo(200);
        return cart;
    }

    private void assertPendingProblem(Response answer) {
        Problems.assertProblem(answer, 503, "partner-center-unavailable");
        assertThat(answer.header("Retry-After")).as("Retry-After").isNotNull();
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
    }

    private void assertBoughtOncePerGroup(String cartId, List<String> answeredOrderIds) {
        List<Purchase> bought = emulator.purchasesOf(cartId);
        assertThat(bought).as("what Partner Center bought for the cart").hasSize(GROUPS.size());
        assertThat(bought).extracting(Purchase::orderGroup).containsExactlyInAnyOrderElementsOf(GROUPS);
        assertThat(answeredOrderIds).as("the orders answered are the orders bought")
                .containsExactlyInAnyOrderElementsOf(bought.stream().map(Purchase::orderId).toList());
    }
}

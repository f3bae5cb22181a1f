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
 * "Where orders fail because of an error, the checkout call can be made again to re-attempt it":
 * Partner Center (the emulator, with an armed order-group failure) fails one order group of a
 * checkout and orders the other; the cart shows each group's state and stays active; a checkout
 * again re-attempts the failed group with a request id of its own, and each group is bought
 * exactly once — also when the re-attempt's answer is lost and the recovery job completes it.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class AFailedOrderGroupIsReattemptedAndBoughtOnce {

    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(45);

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();
    private final String token = Tokens.partner();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void theFailedGroupIsBoughtByACheckoutAgainAndTheOrderedOneNeverTwice() {
        String cartId = ApiCalls.createdCart(token, Seed.NORTHWIND_TRADERS, Seed.twoGroupCart(1));
        failTheWindowsServerGroupOnce();

        Response first = checkout(cartId);

        assertThat(first.statusCode()).as("the checkout answered %s", first.asString()).isEqualTo(201);
        assertThat(first.<List<String>>path("orders.id")).hasSize(1);
        assertThat(first.<String>path("orderErrors[0].orderGroupId")).isEqualTo("1");
        assertThat(first.<Integer>path("orderErrors[0].code")).isEqualTo(800003);
        Response partly = cart(cartId);
        assertThat(partly.<String>path("status")).as("a cart with a failed group is still active").isEqualTo("Active");
        assertThat(partly.<List<String>>path("orderGroups.status")).containsExactly("ordered", "failed");
        assertThat(partly.<Integer>path("orderGroups[1].code")).isEqualTo(800003);
        assertThat(orderIdsInHistory()).as("the ordered group's order is in the history at once")
                .contains(first.<String>path("orders[0].id"));

        Response again = checkout(cartId);

        assertThat(again.statusCode()).as("the re-attempt answered %s", again.asString()).isEqualTo(201);
        assertThat(again.<List<Object>>path("orderErrors")).isEmpty();
        List<String> orderIds = again.path("orders.id");
        assertThat(orderIds).hasSize(2).startsWith(first.<String>path("orders[0].id"));
        Response ordered = cart(cartId);
        assertThat(ordered.<String>path("status")).isEqualTo("Ordered");
        assertThat(ordered.<List<String>>path("orderGroups.status")).containsExactly("ordered", "ordered");
        List<Purchase> bought = emulator.purchasesOf(cartId);
        assertThat(bought).extracting(Purchase::orderGroup).containsExactlyInAnyOrder("0", "1");
        assertThat(bought).extracting(Purchase::requestId).as("the re-attempt had a request id of its own").doesNotHaveDuplicates();
        assertThat(orderIdsInHistory()).containsAll(orderIds);

        Response third = checkout(cartId);
        assertThat(third.<List<String>>path("orders.id")).isEqualTo(orderIds);
        assertThat(emulator.purchasesOf(cartId)).as("nothing more was bought").hasSize(2);
    }

    @Test
    void aReattemptWhoseAnswerIsLostStaysPendingAndIsCompletedWithItsOwnRequestId() {
        String cartId = ApiCalls.createdCart(token, Seed.NORTHWIND_TRADERS, Seed.twoGroupCart(1));
        failTheWindowsServerGroupOnce();
        String firstOrder = checkout(cartId).path("orders[0].id");
        emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "drop-response", "probability", 1.0));

        Response lost = checkout(cartId);

        Problems.assertProblem(lost, 503, "partner-center-unavailable");
        Response pending = cart(cartId);
        assertThat(pending.<String>path("checkout.status")).isEqualTo("pending");
        assertThat(pending.<List<String>>path("orderGroups.status")).containsExactly("ordered", "pending");
        String reattempt = pending.path("checkout.requestId");
        assertThat(emulator.purchasesOf(cartId)).as("Partner Center bought the failed group once, though no answer arrived")
                .filteredOn(purchase -> purchase.orderGroup().equals("1"))
                .singleElement().extracting(Purchase::requestId).isEqualTo(reattempt);

        emulator.disarmAll();
        Response ordered = Polling.until("the recovery job to complete the re-attempt", RECOVERY_DEADLINE,
                () -> cart(cartId), cart -> "Ordered".equals(cart.path("status")));

        assertThat(ordered.<String>path("checkout.requestId")).isEqualTo(reattempt);
        List<Purchase> bought = emulator.purchasesOf(cartId);
        assertThat(bought).extracting(Purchase::orderGroup).containsExactlyInAnyOrder("0", "1");
        assertThat(checkout(cartId).<List<String>>path("orders.id")).as("the orders answered are the orders bought")
                .startsWith(firstOrder).containsExactlyInAnyOrderElementsOf(bought.stream().map(Purchase::orderId).toList());
    }

    private void failTheWindowsServerGroupOnce() {
        emulator.arm(Map.of("kind", "order-group-failure", "catalogItemId", Seed.WINDOWS_SERVER, "count", 1));
    }

    private Response checkout(String cartId) {
        return given().auth().oauth2(token).post("/v1/customers/{c}/carts/{id}/checkout", Seed.NORTHWIND_TRADERS, cartId);
    }

    private Response cart(String cartId) {
        Response cart = given().auth().oauth2(token).get("/v1/customers/{c}/carts/{id}", Seed.NORTHWIND_TRADERS, cartId);
        assertThat(cart.statusCode()).as("reading the cart answered %s", cart.asString()).isEqualTo(200);
        return cart;
    }

    private List<String> orderIdsInHistory() {
        return given().auth().oauth2(token).get("/v1/customers/{c}/orders?size=500", Seed.NORTHWIND_TRADERS).path("items.id");
    }
}

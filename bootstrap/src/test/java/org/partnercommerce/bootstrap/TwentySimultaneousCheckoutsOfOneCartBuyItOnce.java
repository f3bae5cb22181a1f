package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.bootstrap.SimultaneousClients.Outcome;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * Twenty clients check the same cart out at the same instant while Partner Center takes its
 * time: one set of purchases, twenty 201s with the same bytes. Late-comers wait for the
 * checkout in flight; Partner Center's 409/800064 for a cart being checked out never reaches a
 * caller.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class TwentySimultaneousCheckoutsOfOneCartBuyItOnce {

    private static final int CLIENTS = 20;

    @TestHTTPResource("/")
    URI service;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void twentyClientsGetTheSameOrdersAndPartnerCenterBuysEachOrderGroupOnce() throws Exception {
        String token = Tokens.partner();
        String cartId = ApiCalls.createdCart(token, Seed.FOURTH_COFFEE, Seed.twoGroupCart(3));
        String slowCheckout = emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "latency",
                "latencyMs", 1500, "probability", 1.0, "count", 1));

        List<Outcome> history = checkOutAtOnce(token, service.resolve("v1/customers/" + Seed.FOURTH_COFFEE + "/carts/" + cartId + "/checkout"));

        assertThat(emulator.fault(slowCheckout)).as("the slow checkout happened").isEmpty();
        assertThat(history.stream().mapToLong(Outcome::askedAt).max().orElseThrow())
                .as("every client asked before any was answered: the twenty checkouts overlapped")
                .isLessThan(history.stream().mapToLong(Outcome::answeredAt).min().orElseThrow());
        List<Purchase> bought = emulator.purchasesOf(cartId);
        assertThat(bought).as("what Partner Center bought for the cart").hasSize(2);
        assertThat(bought).extracting(Purchase::orderGroup).containsExactlyInAnyOrder("0", "1");
        assertThat(history).as("every client's status").extracting(Outcome::status).containsOnly(201);
        String first = Bodies.text(history.get(0).body());
        assertThat(first).contains(bought.stream().map(Purchase::orderId).toList());
        assertThat(history).as("every client's body, byte for byte")
                .extracting(outcome -> Bodies.text(outcome.body())).containsOnly(first);
    }

    private static List<Outcome> checkOutAtOnce(String token, URI checkout) throws Exception {
        return SimultaneousClients.send(HttpRequest.newBuilder(checkout).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build(), CLIENTS);
    }
}

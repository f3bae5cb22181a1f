package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;
import org.partnercommerce.emulator.wire.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.E5_P1M;
import static org.partnercommerce.emulator.Shopping.FOURTH_COFFEE_US;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.allPurchases;
import static org.partnercommerce.emulator.Shopping.cart;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.createCart;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.line;
import static org.partnercommerce.emulator.Shopping.purchasesOfCart;
import static org.partnercommerce.emulator.Shopping.requestId;

/**
 * {@code MS-RequestId} is an idempotency key for POST and PUT under {@code /v1}. The emulator keeps
 * a state file here so that a test can count its carts.
 */
class RepeatedRequestsAreAnsweredAgainNotDoneAgain {

    private static final MutableClock CLOCK = new MutableClock(Instant.now());

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;

    @TempDir
    static Path directory;

    private static Path stateFile;

    @BeforeAll
    static void start() {
        stateFile = directory.resolve("partner-center.json");
        emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0).withClock(CLOCK).withOrderListingDelay(Duration.ZERO)
                .withStateFile(stateFile));
        client = new PartnerCenterClient(emulator);
    }

    /** How many carts the emulator holds, as its state file says (written before every answer). */
    private static int cartsHeld() {
        try {
            return Json.mapper().readTree(stateFile.toFile()).get("carts").size();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void aRepeatedCartCreationAnswersTheSameCartAndCreatesNoSecond() {
        String token = client.appToken();
        String id = requestId();

        int before = cartsHeld();

        Reply first = createCart(client, token, WINGTIP_US, Shopping.mixedCart(), "MS-RequestId", id);
        Reply again = createCart(client, client.appToken(), WINGTIP_US, Shopping.mixedCart(), "MS-RequestId", id);
        int afterTheRepeat = cartsHeld();
        Reply other = createCart(client, token, WINGTIP_US, Shopping.mixedCart(), "MS-RequestId", requestId());

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("MS-RequestId")).isEqualTo(id);
        assertThat(afterTheRepeat).as("one cart for the two requests").isEqualTo(before + 1);
        assertThat(cartsHeld()).isEqualTo(before + 2);
        assertThat(other.json().get("id").asText()).as("a new request id is a new cart").isNotEqualTo(first.json().get("id").asText());
    }

    @Test
    void aRepeatedCheckoutWithTheSameRequestIdPlacesNothingTwice() {
        String token = client.appToken();
        String cartId = created(client, token, WINGTIP_US, Shopping.mixedCart()).get("id").asText();
        String id = requestId();
        int before = allPurchases(client).size();

        Reply first = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", id);
        Reply again = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", id);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(purchasesOfCart(client, cartId)).hasSize(4);
        assertThat(allPurchases(client).size()).isEqualTo(before + 4);
    }

    @Test
    void aReplayedErrorIsAnsweredAgainToo() {
        String token = client.appToken();
        String id = requestId();

        Reply first = createCart(client, token, WINGTIP_US, "{\"lineItems\": []}", "MS-RequestId", id);
        Reply again = createCart(client, token, WINGTIP_US, "{\"lineItems\": []}", "MS-RequestId", id);

        assertThat(first.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void aRequestIdReusedForAnotherBodyIsRefused() {
        String token = client.appToken();
        String id = requestId();
        createCart(client, token, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M")), "MS-RequestId", id);

        Reply reused = createCart(client, token, WINGTIP_US, cart(line(E5_P1M, 2, "monthly", "P1M")), "MS-RequestId", id);

        assertThat(reused.status()).isEqualTo(400);
        assertApiFault(reused.json(), 800002);
        assertThat(reused.json().get("description").asText()).contains("MS-RequestId");
    }

    @Test
    void theSameBodyInAnotherLayoutIsTheSameRequest() {
        String token = client.appToken();
        String id = requestId();
        Reply first = createCart(client, token, WINGTIP_US,
                "{\"lineItems\":[{\"catalogItemId\":\"" + E5_P1M + "\",\"quantity\":1,\"billingCycle\":\"monthly\",\"termDuration\":\"P1M\"}]}",
                "MS-RequestId", id);

        Reply again = createCart(client, token, WINGTIP_US,
                "{ \"lineItems\": [ { \"termDuration\": \"P1M\", \"billingCycle\": \"monthly\", \"quantity\": 1, \"catalogItemId\": \"" + E5_P1M + "\" } ] }",
                "MS-RequestId", id);

        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void theSameRequestIdOnAnotherPathOrFromAnotherCallerIsAnotherRequest() {
        String id = requestId();
        String body = cart(line(E5_P1M, 1, "monthly", "P1M"));
        Reply wingtip = createCart(client, client.appToken(), WINGTIP_US, body, "MS-RequestId", id);

        Reply fourthCoffee = createCart(client, client.appToken(), FOURTH_COFFEE_US, body, "MS-RequestId", id);
        Reply asUser = createCart(client, client.userToken(), WINGTIP_US, body, "MS-RequestId", id);

        assertThat(fourthCoffee.status()).isEqualTo(201);
        assertThat(asUser.status()).isEqualTo(201);
        assertThat(asUser.json().get("id").asText()).isNotEqualTo(wingtip.json().get("id").asText());
    }

    @Test
    void aPutIsReplayedToo() {
        String token = client.appToken();
        String cartId = created(client, token, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M"))).get("id").asText();
        String id = requestId();
        Reply first = client.put("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, token, cart(line(E5_P1M, 2, "monthly", "P1M")),
                "MS-RequestId", id);
        CLOCK.advance(Duration.ofMinutes(1));

        Reply again = client.put("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, client.appToken(),
                cart(line(E5_P1M, 2, "monthly", "P1M")), "MS-RequestId", id);

        assertThat(again.body()).as("the stored answer, not a second update a minute later").isEqualTo(first.body());
    }

    @Test
    void aGetIsNeverReplayed() {
        String token = client.appToken();
        String cartId = created(client, token, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M"))).get("id").asText();
        String id = requestId();
        JsonNode before = client.get("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, token, "MS-RequestId", id).json();
        checkout(client, token, WINGTIP_US, cartId);

        JsonNode after = client.get("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, token, "MS-RequestId", id).json();

        assertThat(before.get("status").asText()).isEqualTo("Active");
        assertThat(after.get("status").asText()).isEqualTo("Ordered");
    }

    @Test
    void aDirectOrderIsPlacedOnceForOneRequestId() {
        String token = client.userToken();
        String id = requestId();
        String body = Fixtures.text("create-order-indirect-reseller.request.json");
        int before = allPurchases(client).size();

        Reply first = client.post("/v1/customers/" + Shopping.LITWARE_US + "/orders", token, body, "MS-RequestId", id);
        Reply again = client.post("/v1/customers/" + Shopping.LITWARE_US + "/orders", token, body, "MS-RequestId", id);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(allPurchases(client).size()).isEqualTo(before + 1);
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl.Purchase;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * {@code Idempotency-Key} on our API, kept in the real database: a retry with the same key and
 * body gets the first answer — a success or a refusal — and does nothing upstream; the same key
 * with another body is refused; a key belongs to the caller that sent it.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class IdempotencyKeysHoldInTheDatabase {

    private static final String CARTS = "/v1/customers/" + Seed.ALPINE_SKI_HOUSE + "/carts";

    @Inject
    AgroalDataSource database;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswerWithoutASecondCartUpstream() {
        String token = Tokens.partner();
        String key = "\"" + UUID.randomUUID() + "\"";
        long cartsBefore = StoredRows.carts(database);

        Response first = createCart(token, key, Seed.licenceCart(5));
        assertThat(first.statusCode()).as("the first answer %s", first.asString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).as("the first answer is no replay").isNull();
        String tripwire = emulator.armCreateCartTripwire();

        Response replay = createCart(token, key, Seed.licenceCart(5));

        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Bodies.text(replay)).as("the replay's body, byte for byte").isEqualTo(Bodies.text(first));
        assertThat(emulator.timesFired(tripwire)).as("create-cart calls that reached Partner Center on the replay").isZero();
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsBefore + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422AndDoesNothing() {
        String token = Tokens.partner();
        String key = UUID.randomUUID().toString();
        String firstCart = createCart(token, key, Seed.licenceCart(1)).then().statusCode(201).extract().path("id");
        long cartsBefore = StoredRows.carts(database);
        String tripwire = emulator.armCreateCartTripwire();

        Response reused = createCart(token, key, Seed.licenceCart(2));

        Problems.assertProblem(reused, 422, "idempotency-key-reused");
        assertThat(reused.asString()).doesNotContain(firstCart);
        assertThat(emulator.timesFired(tripwire)).as("create-cart calls that reached Partner Center").isZero();
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsBefore);
    }

    @Test
    void aKeyIsTheCallersOwnSoAnotherCallersSameKeyIsAnotherRequest() {
        String key = UUID.randomUUID().toString();
        long cartsBefore = StoredRows.carts(database);

        Response partners = createCart(Tokens.partner(), key, Seed.licenceCart(6));
        Response resellers = createCart(Tokens.reseller(), key, Seed.licenceCart(6));

        assertThat(partners.statusCode()).as("the partner's answer %s", partners.asString()).isEqualTo(201);
        assertThat(resellers.statusCode()).as("the reseller's answer %s", resellers.asString()).isEqualTo(201);
        assertThat(resellers.header("Idempotent-Replayed")).as("the reseller got no replay of the partner's answer").isNull();
        assertThat(resellers.<String>path("id")).isNotEqualTo(partners.<String>path("id"));
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsBefore + 2);
    }

    @Test
    void aCheckoutRetriedWithItsKeyReplaysTheOrdersAndBuysOnce() {
        String token = Tokens.partner();
        String cartId = ApiCalls.createdCart(token, Seed.ALPINE_SKI_HOUSE, Seed.twoGroupCart(2));
        String key = UUID.randomUUID().toString();

        Response first = checkout(token, key, cartId);
        Response replay = checkout(token, key, cartId);

        assertThat(first.statusCode()).as("the checkout answered %s", first.asString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).as("the first checkout is no replay").isNull();
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(emulator.purchasesOf(cartId)).as("one purchase per order group")
                .extracting(Purchase::orderGroup).containsExactlyInAnyOrder("0", "1");
        assertThat(Bodies.text(replay)).as("the replay's body, byte for byte").isEqualTo(Bodies.text(first));
    }

    @Test
    void aCheckoutThatEndedInA503LeavesItsKeyFreeAndItsRetryBuysOnce() {
        String token = Tokens.partner();
        String cartId = ApiCalls.createdCart(token, Seed.ALPINE_SKI_HOUSE, Seed.twoGroupCart(1));
        String key = UUID.randomUUID().toString();
        emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "status", "status", 503,
                "retryAfterSeconds", 1, "probability", 1.0));

        Response during = checkout(token, key, cartId);
        emulator.disarmAll();
        Response retry = checkout(token, key, cartId);

        assertThat(during.statusCode()).as("the checkout during the outage answered %s", during.asString()).isEqualTo(503);
        assertThat(retry.statusCode()).as("the retry answered %s", retry.asString()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).as("the retry was done, not answered from the 503").isNull();
        assertThat(emulator.purchasesOf(cartId)).as("one purchase per order group")
                .extracting(Purchase::orderGroup).containsExactlyInAnyOrder("0", "1");
        Response replay = checkout(token, key, cartId);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Bodies.text(replay)).as("the replay's body, byte for byte").isEqualTo(Bodies.text(retry));
    }

    @Test
    void anUpdateRetriedWithItsKeyReplaysTheUpdatedCart() {
        String token = Tokens.partner();
        String cartId = ApiCalls.createdCart(token, Seed.ALPINE_SKI_HOUSE, Seed.licenceCart(1));
        String key = UUID.randomUUID().toString();

        Response first = updateCart(token, key, cartId, Seed.licenceCart(4));
        Response replay = updateCart(token, key, cartId, Seed.licenceCart(4));

        assertThat(first.statusCode()).as("the update answered %s", first.asString()).isEqualTo(200);
        assertThat(first.header("Idempotent-Replayed")).as("the first update is no replay").isNull();
        assertThat(first.<Integer>path("lineItems[0].quantity")).isEqualTo(4);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Bodies.text(replay)).as("the replay's body, byte for byte").isEqualTo(Bodies.text(first));
    }

    @Test
    void aRefusalIsKeptAndReplayedLikeASuccess() {
        String token = Tokens.partner();
        String key = UUID.randomUUID().toString();
        long cartsBefore = StoredRows.carts(database);

        Response first = createCart(token, key, Seed.licenceCart(0));
        String tripwire = emulator.armCreateCartTripwire();
        Response replay = createCart(token, key, Seed.licenceCart(0));

        assertThat(first.statusCode()).as("the refusal %s", first.asString()).isBetween(400, 499);
        assertThat(first.contentType()).startsWith("application/problem+json");
        assertThat(first.header("Idempotent-Replayed")).as("the first refusal is no replay").isNull();
        assertThat(replay.statusCode()).isEqualTo(first.statusCode());
        assertThat(replay.contentType()).startsWith("application/problem+json");
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(Bodies.text(replay)).as("the replay's body, byte for byte").isEqualTo(Bodies.text(first));
        assertThat(emulator.timesFired(tripwire)).as("create-cart calls that reached Partner Center on the replay").isZero();
        assertThat(StoredRows.carts(database)).as("carts kept").isEqualTo(cartsBefore);
    }

    private static Response updateCart(String token, String key, String cartId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .put(CARTS + "/" + cartId);
    }

    private static Response createCart(String token, String key, String body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post(CARTS);
    }

    private static Response checkout(String token, String key, String cartId) {
        return given().auth().oauth2(token).header("Idempotency-Key", key).post(CARTS + "/" + cartId + "/checkout");
    }
}

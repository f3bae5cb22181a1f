package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.purchasesOfCart;
import static org.partnercommerce.emulator.Shopping.requestId;

class FaultsAreInjectedWhereTheyAreArmed {

    private static final String CHECKOUT = "/v1/customers/*/carts/*/checkout";
    private static final String CUSTOMER = "/v1/customers/" + WINGTIP_US;

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0));
    private static final PartnerCenterClient client = partnerCenter.client();
    private static String token;

    @BeforeAll
    static void fetchToken() {
        token = client.appToken();
    }

    @AfterEach
    void disarm() {
        client.send("DELETE", "/emulator/v1/faults", null);
    }

    private static JsonNode arm(String fault) {
        Reply reply = client.post("/emulator/v1/faults", null, fault);
        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        return reply.json();
    }

    private static String newCart() {
        return created(client, token, WINGTIP_US, Shopping.mixedCart()).get("id").asText();
    }

    @Test
    void aStatusFaultAnswersAnApiFaultWithoutDoingTheWork() {
        String cartId = newCart();
        arm("{\"method\": \"POST\", \"path\": \"" + CHECKOUT + "\", \"kind\": \"status\", \"status\": 503, \"count\": 1}");

        Reply failed = checkout(client, token, WINGTIP_US, cartId);

        assertThat(failed.status()).isEqualTo(503);
        assertApiFault(failed.json(), 800003);
        assertThat(failed.header("MS-RequestId")).isNotBlank();
        assertThat(purchasesOfCart(client, cartId)).isEmpty();
        assertThat(client.get(CUSTOMER + "/carts/" + cartId, token).json().get("status").asText()).isEqualTo("Active");
        assertThat(checkout(client, token, WINGTIP_US, cartId).status()).as("the fault was used up").isEqualTo(201);
    }

    @Test
    void aRetryWithTheSameRequestIdAfterAStatusFaultDoesTheWork() {
        String cartId = newCart();
        String id = requestId();
        arm("{\"method\": \"POST\", \"path\": \"" + CHECKOUT + "\", \"kind\": \"status\", \"status\": 500}");

        assertThat(checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", id).status()).isEqualTo(500);
        Reply retried = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", id);

        assertThat(retried.status()).isEqualTo(201);
        assertThat(purchasesOfCart(client, cartId)).hasSize(4);
    }

    @Test
    void a429IsPartnerCentersThrottlingAnswer() {
        arm("{\"path\": \"/v1/customers/*\", \"kind\": \"status\", \"status\": 429, \"retryAfterSeconds\": 7}");

        Reply throttled = client.get(CUSTOMER, token);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo("7");
        assertThat(throttled.json().get("statusCode").asInt()).isEqualTo(429);
        assertThat(throttled.json().get("message").asText()).isEqualTo("Rate limit is exceeded. Try again in 7 seconds.");
        assertThat(throttled.json().has("code")).isFalse();
    }

    @Test
    void latencyDelaysTheCallThenDoesItNormally() {
        String cartId = newCart();
        arm("{\"method\": \"POST\", \"path\": \"" + CHECKOUT + "\", \"kind\": \"latency\", \"latencyMs\": 400}");
        long started = System.nanoTime();

        Reply reply = checkout(client, token, WINGTIP_US, cartId);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(purchasesOfCart(client, cartId)).hasSize(4);
    }

    @Test
    void aDroppedResponseHidesWorkThatWasDone() {
        String cartId = newCart();
        String id = requestId();
        arm("{\"method\": \"POST\", \"path\": \"" + CHECKOUT + "\", \"kind\": \"drop-response\"}");

        assertThatThrownBy(() -> checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", id))
                .isInstanceOf(UncheckedIOException.class);

        JsonNode purchases = purchasesOfCart(client, cartId);
        assertThat(purchases).as("the orders were placed").hasSize(4);
        Reply retried = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", id);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().get("orders").findValuesAsText("id")).containsExactlyElementsOf(purchases.findValuesAsText("orderId"));
        assertThat(purchasesOfCart(client, cartId)).as("nothing bought twice").hasSize(4);
    }

    @Test
    void aDroppedResponseIsAClosedConnectionWithoutASingleByte() throws Exception {
        String cartId = newCart();
        arm("{\"method\": \"POST\", \"path\": \"" + CHECKOUT + "\", \"kind\": \"drop-response\"}");

        try (Socket socket = new Socket(partnerCenter.emulator().baseUri().getHost(), partnerCenter.emulator().port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + CUSTOMER + "/carts/" + cartId + "/checkout HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();

            assertThat(in.read()).as("end of stream, no status line").isEqualTo(-1);
        }
        assertThat(purchasesOfCart(client, cartId)).hasSize(4);
    }

    @Test
    void aFaultHitsTheNextCountMatchingCallsOnly() {
        JsonNode armed = arm("{\"method\": \"GET\", \"path\": \"/v1/customers/*\", \"kind\": \"status\", \"status\": 502, \"count\": 2}");
        assertThat(armed.get("id").asText()).isNotBlank();
        assertThat(armed.get("remaining").asInt()).isEqualTo(2);

        assertThat(client.get(CUSTOMER + "/carts/nope", token).status()).as("another path").isEqualTo(404);
        assertThat(client.post(CUSTOMER, token, "{}").status()).as("another method").isEqualTo(405);
        assertThat(client.get(CUSTOMER, token).status()).isEqualTo(502);
        JsonNode listed = client.get("/emulator/v1/faults", null).json().get("items");
        assertThat(client.get(CUSTOMER, token).status()).isEqualTo(502);
        assertThat(client.get(CUSTOMER, token).status()).isEqualTo(200);

        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("remaining").asInt()).isEqualTo(1);
        assertThat(listed.get(0).get("fired").asInt()).isEqualTo(1);
        assertThat(client.get("/emulator/v1/faults", null).json().get("items")).as("used up, disarmed").isEmpty();
    }

    @Test
    void deleteDisarmsEveryFault() {
        arm("{\"path\": \"/v1/customers/*\", \"kind\": \"status\", \"status\": 503, \"probability\": 1.0}");
        arm("{\"path\": \"/v1/products\", \"kind\": \"latency\", \"latencyMs\": 5000, \"count\": 3}");
        assertThat(client.get(CUSTOMER, token).status()).isEqualTo(503);
        assertThat(client.get(CUSTOMER, token).status()).as("no count: every matching call").isEqualTo(503);

        Reply deleted = client.send("DELETE", "/emulator/v1/faults", null);

        assertThat(deleted.json().get("disarmed").asInt()).isEqualTo(2);
        assertThat(client.get("/emulator/v1/faults", null).json().get("items")).isEmpty();
        assertThat(client.get(CUSTOMER, token).status()).isEqualTo(200);
    }

    @Test
    void aFaultThatMakesNoSenseIsRefused() {
        Reply noKind = client.post("/emulator/v1/faults", null, "{\"path\": \"/v1/customers/*\", \"kind\": \"explode\"}");
        Reply noStatus = client.post("/emulator/v1/faults", null, "{\"path\": \"/v1/customers/*\", \"kind\": \"status\"}");
        Reply noPath = client.post("/emulator/v1/faults", null, "{\"kind\": \"drop-response\"}");
        Reply notJson = client.post("/emulator/v1/faults", null, "{");

        for (Reply reply : new Reply[]{noKind, noStatus, noPath, notJson}) {
            assertThat(reply.status()).as("%s", reply).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).isNotBlank();
        }
    }

    @Test
    void theTokenEndpointCanFailToo() {
        arm("{\"method\": \"POST\", \"path\": \"/*/oauth2/v2.0/token\", \"kind\": \"status\", \"status\": 503}");

        Reply reply = client.token(PartnerCenterClient.TENANT, PartnerCenterClient.form("grant_type", "client_credentials",
                "client_id", "demo-partner", "client_secret", "demo-partner-secret", "scope", PartnerCenterClient.PARTNER_CENTER_SCOPE));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(client.appToken()).isNotBlank();
    }
}

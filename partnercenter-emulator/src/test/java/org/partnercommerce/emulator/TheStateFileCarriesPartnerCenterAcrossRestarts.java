package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;
import org.partnercommerce.emulator.wire.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.createCart;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.purchasesOfCart;
import static org.partnercommerce.emulator.Shopping.requestId;

class TheStateFileCarriesPartnerCenterAcrossRestarts {

    @TempDir
    Path directory;

    private EmulatorOptions options(Path file) {
        return EmulatorOptions.onLoopback(0).withStateFile(file).withOrderListingDelay(Duration.ZERO);
    }

    @Test
    void aRestartedEmulatorFindsCartsOrdersPurchasesReplaysAndTokens() throws IOException {
        Path file = directory.resolve("state").resolve("partner-center.json");
        String token;
        String orderedCartId;
        String activeCartId;
        String createRequestId = requestId();
        Reply checkedOut;
        String bigCartId;
        Reply bigCheckout;
        Reply createdWithRequestId;
        String refreshToken;
        int port;
        try (PartnerCenterEmulator first = PartnerCenterEmulator.start(options(file))) {
            port = first.port();
            PartnerCenterClient client = new PartnerCenterClient(first);
            token = client.appToken();
            orderedCartId = created(client, token, WINGTIP_US, Shopping.mixedCart()).get("id").asText();
            checkedOut = checkout(client, token, WINGTIP_US, orderedCartId);
            bigCartId = created(client, token, WINGTIP_US, Shopping.cart(Shopping.line(Shopping.RESERVATION_1Y, 1013, "one_time", "P1Y",
                    Shopping.reservationContext(Shopping.GOOD_SUBSCRIPTION, "shared")))).get("id").asText();
            bigCheckout = checkout(client, token, WINGTIP_US, bigCartId);
            createdWithRequestId = createCart(client, token, WINGTIP_US, Shopping.newCommerceCart(), "MS-RequestId", createRequestId);
            activeCartId = createdWithRequestId.json().get("id").asText();
            refreshToken = client.token(PartnerCenterClient.TENANT, PartnerCenterClient.form("grant_type", "refresh_token",
                    "client_id", "demo-partner", "client_secret", "demo-partner-secret", "refresh_token", "demo-partner-refresh-token",
                    "scope", PartnerCenterClient.USER_IMPERSONATION_SCOPE)).json().get("refresh_token").asText();
        }
        assertThat(file).exists();

        try (PartnerCenterEmulator second = PartnerCenterEmulator.start(options(file).withPort(port))) {
            PartnerCenterClient client = new PartnerCenterClient(second);

            Reply active = client.get("/v1/customers/" + WINGTIP_US + "/carts/" + activeCartId, token);
            assertThat(active.status()).as("the earlier token still verifies: %s", active).isEqualTo(200);
            assertThat(active.json().get("status").asText()).isEqualTo("Active");
            assertThat(client.get("/v1/customers/" + WINGTIP_US + "/carts/" + orderedCartId, token).json().get("status").asText())
                    .isEqualTo("Ordered");

            JsonNode orders = checkedOut.json().get("orders");
            for (JsonNode order : orders) {
                assertThat(client.get("/v1/customers/" + WINGTIP_US + "/orders/" + order.get("id").asText(), token).status()).isEqualTo(200);
            }
            assertThat(client.get("/v1/customers/" + WINGTIP_US + "/orders", token).json().get("items").findValuesAsText("id"))
                    .containsAll(orders.findValuesAsText("id"));
            assertThat(purchasesOfCart(client, orderedCartId).findValuesAsText("orderId"))
                    .containsExactlyElementsOf(orders.findValuesAsText("id"));

            Reply checkedOutAgain = checkout(client, token, WINGTIP_US, orderedCartId);
            assertThat(checkedOutAgain.status()).isEqualTo(201);
            assertThat(checkedOutAgain.body()).as("the same body").isEqualTo(checkedOut.body());
            assertThat(purchasesOfCart(client, orderedCartId)).hasSize(4);
            Reply bigAgain = checkout(client, token, WINGTIP_US, bigCartId);
            assertThat(bigCheckout.body()).as("9873.24 x 1013, exactly").contains("\"extendedPrice\":10001592.12");
            assertThat(bigAgain.body()).isEqualTo(bigCheckout.body());

            Reply replayed = createCart(client, token, WINGTIP_US, Shopping.newCommerceCart(), "MS-RequestId", createRequestId);
            assertThat(replayed.body()).as("the replay store survived").isEqualTo(createdWithRequestId.body());

            Reply refreshed = client.token(PartnerCenterClient.TENANT, PartnerCenterClient.form("grant_type", "refresh_token",
                    "client_id", "demo-partner", "client_secret", "demo-partner-secret", "refresh_token", refreshToken,
                    "scope", PartnerCenterClient.USER_IMPERSONATION_SCOPE));
            assertThat(refreshed.status()).as("a refresh token issued before the restart: %s", refreshed).isEqualTo(200);
        }

        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).as("no temporary file left").containsExactly("partner-center.json");
        }
        JsonNode stored = Json.mapper().readTree(file.toFile());
        assertThat(stored.get("format").asInt()).isEqualTo(1);
        assertThat(stored.get("signingKey").get("privateKey").asText()).isNotBlank();
    }

    @Test
    void everyChangeIsWrittenBeforeItIsAnswered() throws IOException {
        Path file = directory.resolve("partner-center.json");
        try (PartnerCenterEmulator emulator = PartnerCenterEmulator.start(options(file))) {
            PartnerCenterClient client = new PartnerCenterClient(emulator);
            String token = client.appToken();

            String cartId = created(client, token, WINGTIP_US, Shopping.newCommerceCart()).get("id").asText();
            JsonNode afterCreate = Json.mapper().readTree(file.toFile());
            checkout(client, token, WINGTIP_US, cartId);
            JsonNode afterCheckout = Json.mapper().readTree(file.toFile());

            assertThat(afterCreate.get("carts").findValuesAsText("id")).contains(cartId);
            assertThat(afterCreate.get("purchases")).isEmpty();
            assertThat(afterCheckout.get("purchases").findValuesAsText("cartId")).containsExactly(cartId);
            assertThat(afterCheckout.get("orders")).hasSize(1);
        }
    }

    @Test
    void aStateFileThatCannotBeReadStopsTheStart() throws IOException {
        Path file = directory.resolve("broken.json");
        Files.writeString(file, "{ not json");

        assertThatThrownBy(() -> PartnerCenterEmulator.start(options(file)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void withoutAStateFileTokensDoNotOutliveTheEmulator() {
        String token;
        int port;
        try (PartnerCenterEmulator first = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0))) {
            port = first.port();
            token = new PartnerCenterClient(first).appToken();
        }
        try (PartnerCenterEmulator second = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(port))) {
            assertThat(new PartnerCenterClient(second).get("/v1/customers/" + WINGTIP_US, token).status()).isEqualTo(401);
            assertThat(second.stateFile()).isEmpty();
        }
    }
}

package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.allPurchases;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.purchasesOfCart;

class TheControlApiShowsPurchasesAndResets {

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;

    @BeforeAll
    static void start() {
        emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0));
        client = new PartnerCenterClient(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void purchasesAreListedWithoutATokenAndByCart() {
        String token = client.appToken();
        String first = created(client, token, WINGTIP_US, Shopping.newCommerceCart()).get("id").asText();
        String second = created(client, token, WINGTIP_US, Shopping.mixedCart()).get("id").asText();
        checkout(client, token, WINGTIP_US, first);
        checkout(client, token, WINGTIP_US, second);

        Reply all = client.get("/emulator/v1/purchases", null);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("items").findValuesAsText("cartId")).contains(first, second);
        assertThat(purchasesOfCart(client, first)).hasSize(1);
        assertThat(purchasesOfCart(client, second)).hasSize(4);
        assertThat(purchasesOfCart(client, "nothing-bought-here")).isEmpty();
    }

    @Test
    void aResetForgetsCartsOrdersPurchasesAndFaults() {
        String token = client.appToken();
        String cartId = created(client, token, WINGTIP_US, Shopping.newCommerceCart()).get("id").asText();
        JsonNode order = checkout(client, token, WINGTIP_US, cartId).json().get("orders").get(0);
        client.post("/emulator/v1/faults", null, "{\"path\": \"/v1/products\", \"kind\": \"status\", \"status\": 503}");

        Reply reset = client.post("/emulator/v1/reset", null, "");

        assertThat(reset.status()).isEqualTo(204);
        assertThat(allPurchases(client)).isEmpty();
        assertThat(client.get("/emulator/v1/faults", null).json().get("items")).isEmpty();
        assertThat(client.get("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, token).status()).isEqualTo(404);
        assertThat(client.get("/v1/customers/" + WINGTIP_US + "/orders/" + order.get("id").asText(), token).status()).isEqualTo(404);
        assertThat(client.get("/v1/customers/" + WINGTIP_US, token).status()).as("the seed and the token stay").isEqualTo(200);
    }
}

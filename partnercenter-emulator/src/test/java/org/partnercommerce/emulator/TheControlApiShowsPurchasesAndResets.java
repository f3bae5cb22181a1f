package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.allPurchases;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.purchasesOfCart;

class TheControlApiShowsPurchasesAndResets {

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0));
    private static final PartnerCenterClient client = partnerCenter.client();

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
    void anOrderIsProvisionedOnRequestBeforeItsDelayEnds() {
        String token = client.appToken();
        String cartId = created(client, token, WINGTIP_US, Shopping.newCommerceCart()).get("id").asText();
        String orderId = checkout(client, token, WINGTIP_US, cartId).json().get("orders").get(0).get("id").asText();
        String order = "/v1/customers/" + WINGTIP_US + "/orders/" + orderId;
        String pending = client.get(order, token).json().get("status").asText();

        Reply provisioned = client.post("/emulator/v1/orders/" + orderId + "/provision", null, "");
        Reply again = client.post("/emulator/v1/orders/" + orderId + "/provision", null, "");

        assertThat(pending).as("the emulator's default provisioning delay is 30 s").isEqualTo("pending");
        assertThat(provisioned.status()).isEqualTo(200);
        assertThat(provisioned.json().get("orderId").asText()).isEqualTo(orderId);
        assertThat(again.json().get("completedAt")).as("provisioning twice changes nothing").isEqualTo(provisioned.json().get("completedAt"));
        assertThat(client.get(order, token).json().get("status").asText()).isEqualTo("completed");
        assertThat(client.get(order + "/provisioningstatus", client.userToken()).json().get("items").get(0).get("status").asText())
                .isEqualTo("Fulfilled");
        Reply unknown = client.post("/emulator/v1/orders/a0b1c2d3e4f5/provision", null, "");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).contains("a0b1c2d3e4f5");
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

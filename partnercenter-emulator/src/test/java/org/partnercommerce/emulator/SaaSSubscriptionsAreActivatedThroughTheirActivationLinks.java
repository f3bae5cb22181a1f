package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;

class SaaSSubscriptionsAreActivatedThroughTheirActivationLinks {

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0)
            .withOrderListingDelay(Duration.ZERO).withProvisioningDelay(Duration.ofHours(1)));
    private static final PartnerCenterClient client = partnerCenter.client();

    /** One monthly order: Microsoft 365 E5 (line 0) and the Barracuda Small plan (line 1). */
    private static String orderOfE5AndBarracuda(String customer) {
        String token = client.appToken();
        String cartId = created(client, token, customer, Shopping.cart(Shopping.line(Shopping.E5_P1M, 1, "monthly", "P1M"),
                Shopping.line(Shopping.BARRACUDA_SMALL, 1, "monthly", "P1M"))).get("id").asText();
        JsonNode orders = checkout(client, token, customer, cartId).json().get("orders");
        assertThat(orders).hasSize(1);
        return orders.get(0).get("id").asText();
    }

    private static JsonNode items(Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("attributes").get("objectType").asText()).isEqualTo("Collection");
        return reply.json().get("items");
    }

    @Test
    void aProvisionedSaaSLineHasActivationLinksByOrderAndByLine() {
        String customer = Shopping.NORTHWIND_US;
        String orderId = orderOfE5AndBarracuda(customer);
        String order = "/v1/customers/" + customer + "/orders/" + orderId;

        JsonNode beforeByOrder = items(client.get(order + "/activationlinks", client.appToken()));
        JsonNode beforeByLine = items(client.get(order + "/lineitems/1/activationlinks", client.appToken()));
        JsonNode pendingLine = client.get(order, client.appToken()).json().get("lineItems").get(1);
        client.post("/emulator/v1/orders/" + orderId + "/provision", null, "");
        JsonNode byOrder = items(client.get(order + "/activationlinks", client.appToken()));
        JsonNode byLine = items(client.get(order + "/lineitems/1/activationlinks", client.appToken()));
        JsonNode ofTheLicence = items(client.get(order + "/lineitems/0/activationlinks", client.appToken()));
        JsonNode lines = client.get(order, client.appToken()).json().get("lineItems");

        assertThat(beforeByOrder).isEmpty();
        assertThat(beforeByLine).isEmpty();
        assertThat(pendingLine.get("links").has("activationLinks")).isFalse();
        assertThat(byOrder).hasSize(1);
        assertThat(byOrder.get(0).get("lineItemNumber").asInt()).isEqualTo(1);
        JsonNode link = byOrder.get(0).get("activationLinks").get(0).get("link");
        assertThat(link.get("uri").asText()).startsWith(partnerCenter.emulator().baseUri() + "/saas/activate?token=").hasSizeGreaterThan(
                (partnerCenter.emulator().baseUri() + "/saas/activate?token=").length());
        assertThat(link.get("method").asText()).isEqualTo("GET");
        assertThat(byLine).isEqualTo(byOrder);
        assertThat(ofTheLicence).isEmpty();
        assertThat(lines.get(1).get("links").get("activationLinks").get("uri").asText())
                .isEqualTo("/customers/" + customer + "/orders/" + orderId + "/lineitems/1/activationlinks");
        assertThat(lines.get(1).get("subscriptionId").asText()).as("SaaS is a subscription").isNotBlank();
        assertThat(lines.get(0).get("links").has("activationLinks")).isFalse();
    }

    @Test
    void theActivationLinkOfALineIsTheSameOnEveryRead() {
        String customer = Shopping.TAILSPIN_US;
        String orderId = orderOfE5AndBarracuda(customer);
        client.post("/emulator/v1/orders/" + orderId + "/provision", null, "");
        String path = "/v1/customers/" + customer + "/orders/" + orderId + "/activationlinks";

        assertThat(items(client.get(path, client.appToken()))).isEqualTo(items(client.get(path, client.userToken())));
    }

    @Test
    void anUnknownOrderOrLineIsNotFound() {
        String customer = Shopping.FOURTH_COFFEE_US;
        String orderId = orderOfE5AndBarracuda(customer);

        Reply unknownOrder = client.get("/v1/customers/" + customer + "/orders/a68736758d9c/activationlinks", client.appToken());
        Reply unknownLine = client.get("/v1/customers/" + customer + "/orders/" + orderId + "/lineitems/5/activationlinks",
                client.appToken());

        assertThat(unknownOrder.status()).isEqualTo(404);
        assertApiFault(unknownOrder.json(), 20000);
        assertThat(unknownLine.status()).isEqualTo(404);
        assertApiFault(unknownLine.json(), 1000);
    }
}

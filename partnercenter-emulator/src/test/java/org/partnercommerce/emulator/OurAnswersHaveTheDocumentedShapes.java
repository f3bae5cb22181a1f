package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;

/**
 * Every property a documented response has (as a path such as {@code lineItems[].pricing.listPrice}),
 * ours has too, with the same JSON type. Ours may have more. Not emitted on purpose: the order's
 * {@code links.patchOperation} (PATCH of orders is not emulated).
 */
class OurAnswersHaveTheDocumentedShapes {

    private static final Set<String> NOT_EMULATED = Set.of("links.patchOperation");

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withProvisioningDelay(Duration.ZERO));
    private static final PartnerCenterClient client = partnerCenter.client();
    private static String token;

    @BeforeAll
    static void fetchToken() {
        token = client.appToken();
    }

    private static void assertSameShape(String fixture, JsonNode ours) {
        Map<String, JsonNodeType> documented = paths(Fixtures.json(fixture));
        Map<String, JsonNodeType> answered = paths(ours);
        documented.forEach((path, type) -> {
            if (NOT_EMULATED.stream().noneMatch(path::startsWith)) {
                assertThat(answered).as("%s: %s", fixture, path).containsEntry(path, type);
            }
        });
    }

    /** Every property path of the JSON and the type of its value; array elements are merged under {@code []}. */
    private static Map<String, JsonNodeType> paths(JsonNode json) {
        Map<String, JsonNodeType> paths = new TreeMap<>();
        collect("", json, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, Map<String, JsonNodeType> paths) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.put(path, field.getValue().getNodeType());
                collect(path, field.getValue(), paths);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(prefix + "[]", element, paths));
        }
    }

    @Test
    void theCartsAnswerAsTheCreateCartSamples() {
        assertSameShape("create-cart-mixed.response.json", created(client, token, Shopping.WINGTIP_US, Shopping.mixedCart()));
        assertSameShape("create-cart-attestation-participants.response.json",
                created(client, token, Shopping.WIDE_WORLD_DE, Shopping.attestationCart()));
        assertSameShape("create-cart-new-commerce.response.json",
                created(client, token, Shopping.NORTHWIND_US, Shopping.cart(Shopping.line(Shopping.O365_E5_P1Y, 1, "monthly", "P1Y"))));
    }

    @Test
    void theCheckoutAnswersAsTheCheckoutSamples() {
        String mixed = created(client, token, Shopping.WINGTIP_US, Shopping.mixedCart()).get("id").asText();
        assertSameShape("checkout-mixed.response.json", checkout(client, token, Shopping.WINGTIP_US, mixed).json());

        String office = created(client, token, Shopping.ALPINE_US,
                Shopping.cart(Shopping.line("CFQ7TTC0LF8S:0001:CFQ7TTC0N81H", 1, "monthly", "P1M"))).get("id").asText();
        JsonNode order = checkout(client, token, Shopping.ALPINE_US, office).json().get("orders").get(0);
        assertSameShape("checkout-new-commerce.order.json", order);
    }

    @Test
    void theDirectOrderAnswersAsTheIndirectResellerSample() {
        JsonNode order = client.post("/v1/customers/" + Shopping.LITWARE_US + "/orders", client.userToken(),
                Fixtures.text("create-order-indirect-reseller.request.json")).json();

        assertSameShape("create-order-indirect-reseller.response.json", order);
    }

    @Test
    void theProvisioningStatusAnswersAsItsSample() {
        String office = created(client, token, Shopping.ALPINE_US,
                Shopping.cart(Shopping.line("CFQ7TTC0LF8S:0001:CFQ7TTC0N81H", 1, "monthly", "P1M"))).get("id").asText();
        String orderId = checkout(client, token, Shopping.ALPINE_US, office).json().get("orders").get(0).get("id").asText();

        JsonNode status = client.get("/v1/customers/" + Shopping.ALPINE_US + "/orders/" + orderId + "/provisioningstatus",
                client.userToken()).json();

        assertSameShape("get-order-provisioning-status.response.json", status);
    }
}

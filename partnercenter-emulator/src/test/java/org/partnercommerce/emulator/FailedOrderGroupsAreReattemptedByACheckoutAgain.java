package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Shopping.E5_P1M;
import static org.partnercommerce.emulator.Shopping.WINDOWS_SERVER;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.cart;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.line;
import static org.partnercommerce.emulator.Shopping.purchasesOfCart;
import static org.partnercommerce.emulator.Shopping.requestId;

/**
 * An armed {@code order-group-failure} fails the order of the group holding its catalog item at
 * a checkout, while the other groups are ordered; the cart stays {@code Active} with the result,
 * and a checkout again (a new {@code MS-RequestId}) re-attempts only the failed group, answering
 * the cart's whole result.
 */
class FailedOrderGroupsAreReattemptedByACheckoutAgain {

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0));
    private static final PartnerCenterClient client = partnerCenter.client();
    private static String token;

    @BeforeAll
    static void fetchToken() {
        token = client.appToken();
    }

    @Test
    void theFailedGroupIsOrderedByTheNextCheckoutAndTheOtherOnlyOnce() {
        String cartId = twoGroupCart();
        Reply armed = client.post("/emulator/v1/faults", null,
                "{\"kind\": \"order-group-failure\", \"catalogItemId\": \"DG7GMGF0DWTL\", \"count\": 1, \"code\": 800060, "
                        + "\"description\": \"Provisioning of the order failed.\"}");
        assertThat(armed.status()).as("%s", armed).isEqualTo(201);
        assertThat(armed.json().get("catalogItemId").asText()).isEqualTo("DG7GMGF0DWTL");

        Reply first = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", requestId());

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.json().get("orders")).hasSize(1);
        JsonNode error = first.json().get("orderErrors").get(0);
        assertThat(error.get("orderGroupId").asText()).isEqualTo("1");
        assertThat(error.get("code").asInt()).isEqualTo(800060);
        assertThat(error.get("description").asText()).isEqualTo("Provisioning of the order failed.");
        JsonNode afterFirst = client.get("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, token).json();
        assertThat(afterFirst.get("status").asText()).isEqualTo("Active");
        Reply update = client.put("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, token,
                cart(line(E5_P1M, 2, "monthly", "P1M")));
        assertThat(update.status()).as("a cart with an ordered group cannot change: %s", update).isEqualTo(400);

        Reply again = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", requestId());

        assertThat(again.status()).as("%s", again).isEqualTo(201);
        assertThat(again.json().get("orderErrors")).isEmpty();
        List<String> orderIds = ids(again.json().get("orders"));
        assertThat(orderIds).hasSize(2).startsWith(first.json().get("orders").get(0).get("id").asText());
        JsonNode purchases = purchasesOfCart(client, cartId);
        assertThat(purchases).hasSize(2);
        assertThat(purchases.findValuesAsText("orderGroup")).containsExactlyInAnyOrder("0", "1");
        assertThat(client.get("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, token).json().get("status").asText())
                .isEqualTo("Ordered");

        Reply third = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", requestId());
        assertThat(ids(third.json().get("orders"))).isEqualTo(orderIds);
        assertThat(purchasesOfCart(client, cartId)).as("nothing more bought").hasSize(2);
    }

    @Test
    void aReattemptRepeatedWithItsRequestIdIsAnsweredAgainNotDoneAgain() {
        String cartId = twoGroupCart();
        client.post("/emulator/v1/faults", null, "{\"kind\": \"order-group-failure\", \"catalogItemId\": \""
                + WINDOWS_SERVER + "\", \"count\": 1}");
        Reply first = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", requestId());
        assertThat(first.json().get("orderErrors").get(0).get("code").asInt()).as("the default order error code").isEqualTo(800003);

        String reattempt = requestId();
        Reply again = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", reattempt);
        Reply repeated = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", reattempt);

        assertThat(repeated.body()).isEqualTo(again.body());
        assertThat(purchasesOfCart(client, cartId)).hasSize(2);
    }

    private static String twoGroupCart() {
        return created(client, token, WINGTIP_US, cart(line(E5_P1M, 1, "monthly", "P1M"), line(WINDOWS_SERVER, 1, "one_time", null)))
                .get("id").asText();
    }

    private static List<String> ids(JsonNode orders) {
        List<String> ids = new ArrayList<>();
        orders.forEach(order -> ids.add(order.get("id").asText()));
        return ids;
    }
}

package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;

class OrdersAreListedLateAndProvisionedLater {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final MutableClock CLOCK = new MutableClock(Instant.now());

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withClock(CLOCK)
            .withOrderListingDelay(Duration.ofMinutes(15)).withProvisioningDelay(Duration.ofSeconds(30)));
    private static final PartnerCenterClient client = partnerCenter.client();

    /** Checks the mixed cart out for a customer of its own, answers the orders. */
    private static JsonNode orderMixedCart(String customerId) {
        String token = client.appToken();
        String cartId = created(client, token, customerId, Shopping.mixedCart()).get("id").asText();
        return checkout(client, token, customerId, cartId).json().get("orders");
    }

    private static List<String> listedIds(String customerId, String query) {
        Reply reply = client.get("/v1/customers/" + customerId + "/orders" + query, client.appToken());
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("attributes").get("objectType").asText()).isEqualTo("Collection");
        assertThat(reply.json().get("totalCount").asInt()).isEqualTo(reply.json().get("items").size());
        return reply.json().get("items").findValuesAsText("id");
    }

    @Test
    void aNewOrderIsReadableByIdAtOnceButListedOnlyAfterTheListingDelay() {
        String customer = Shopping.NORTHWIND_US;
        JsonNode orders = orderMixedCart(customer);
        String orderId = orders.get(1).get("id").asText();

        Reply byId = client.get("/v1/customers/" + customer + "/orders/" + orderId, client.appToken());
        List<String> listedAtOnce = listedIds(customer, "");
        CLOCK.advance(Duration.ofMinutes(15));
        List<String> listedLater = listedIds(customer, "");

        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().get("id").asText()).isEqualTo(orderId);
        assertThat(listedAtOnce).doesNotContain(orderId);
        assertThat(listedLater).containsAll(orders.findValuesAsText("id"));
    }

    @Test
    void theListIsNewestFirstAndFiltersByBillingType() {
        String customer = Shopping.TAILSPIN_US;
        JsonNode older = orderMixedCart(customer);
        CLOCK.advance(Duration.ofSeconds(1));
        JsonNode newer = orderMixedCart(customer);
        CLOCK.advance(Duration.ofMinutes(15));

        List<String> all = listedIds(customer, "");
        assertThat(all).hasSize(8);
        assertThat(all.subList(0, 4)).containsExactlyInAnyOrderElementsOf(newer.findValuesAsText("id"));
        assertThat(all.subList(4, 8)).containsExactlyInAnyOrderElementsOf(older.findValuesAsText("id"));

        String oneTimeOld = older.get(1).get("id").asText();
        String oneTimeNew = newer.get(1).get("id").asText();
        for (String spelling : List.of("onetime", "one_time", "OneTime", "ONE_TIME")) {
            assertThat(listedIds(customer, "?billingType=" + spelling)).as(spelling).containsExactly(oneTimeNew, oneTimeOld);
        }
        assertThat(listedIds(customer, "?billingType=monthly")).hasSize(4);
        assertThat(listedIds(customer, "?billingType=none")).hasSize(2);
        Reply unknown = client.get("/v1/customers/" + customer + "/orders?billingType=weekly", client.appToken());
        assertThat(unknown.status()).isEqualTo(400);
        assertApiFault(unknown.json(), 900126);
    }

    @Test
    void anOrderIsPendingWithoutSubscriptionsUntilProvisioned() {
        String customer = Shopping.FOURTH_COFFEE_US;
        JsonNode order = orderMixedCart(customer).get(2);
        String path = "/v1/customers/" + customer + "/orders/" + order.get("id").asText();
        String user = client.userToken();

        JsonNode pending = client.get(path, client.appToken()).json();
        JsonNode pendingStatus = client.get(path + "/provisioningstatus", user).json();
        CLOCK.advance(Duration.ofSeconds(30));
        JsonNode completed = client.get(path, client.appToken()).json();
        JsonNode fulfilledStatus = client.get(path + "/provisioningstatus", client.userToken()).json();

        assertThat(pending.get("status").asText()).isEqualTo("pending");
        assertThat(pending.get("lineItems").get(0).has("subscriptionId")).isFalse();
        assertThat(pendingStatus.get("items").get(0).get("status").asText()).isEqualTo("PrefulfillmentPending");
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        assertThat(completed.get("lineItems").get(0).get("subscriptionId").asText()).matches(GUID);
        assertThat(completed.get("lineItems").get(0).get("links").get("subscription").get("uri").asText())
                .endsWith("/subscriptions/" + completed.get("lineItems").get(0).get("subscriptionId").asText());
        JsonNode line = fulfilledStatus.get("items").get(0);
        assertThat(line.get("lineItemNumber").asInt()).isZero();
        assertThat(line.get("status").asText()).isEqualTo("Fulfilled");
        assertThat(line.get("quantityProvisioningInformation").get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(line.get("quantityProvisioningInformation").get(0).get("status").asText()).isEqualTo("Fulfilled");
    }

    @Test
    void anOrdersEtagNamesItsVersionAndChangesWhenItIsProvisioned() {
        String customer = Shopping.NORTHWIND_US;
        JsonNode order = orderMixedCart(customer).get(1);
        String orderId = order.get("id").asText();
        String path = "/v1/customers/" + customer + "/orders/" + orderId;

        String pending = client.get(path, client.appToken()).json().get("attributes").get("etag").asText();
        String pendingAgain = client.get(path, client.appToken()).json().get("attributes").get("etag").asText();
        CLOCK.advance(Duration.ofSeconds(30));
        String completed = client.get(path, client.appToken()).json().get("attributes").get("etag").asText();

        assertThat(order.get("attributes").get("etag").asText()).as("the checkout's answer").isEqualTo(pending);
        assertThat(pendingAgain).isEqualTo(pending);
        assertThat(decoded(pending)).isEqualTo("{\"id\":\"" + orderId + "\",\"version\":1}");
        assertThat(decoded(completed)).isEqualTo("{\"id\":\"" + orderId + "\",\"version\":2}");
    }

    private static String decoded(String etag) {
        return new String(java.util.Base64.getDecoder().decode(etag), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void eachLinesProvisioningStatusNamesItsLineAndWholeQuantity() {
        String customer = Shopping.LITWARE_US;
        JsonNode order = orderMixedCart(customer).get(1);

        JsonNode lines = client.get("/v1/customers/" + customer + "/orders/" + order.get("id").asText() + "/provisioningstatus",
                client.userToken()).json().get("items");

        assertThat(lines).hasSize(order.get("lineItems").size());
        for (int number = 0; number < lines.size(); number++) {
            JsonNode line = lines.get(number);
            assertThat(line.get("lineItemNumber").asInt()).isEqualTo(number);
            assertThat(line.get("orderLineItemId").asInt()).isEqualTo(number);
            assertThat(line.get("status").asText()).isEqualTo("PrefulfillmentPending");
            assertThat(line.get("quantityProvisioningInformation").get(0).get("quantity").asInt())
                    .isEqualTo(order.get("lineItems").get(number).get("quantity").asInt());
        }
    }

    @Test
    void theSubscriptionIdOfALineNeverChanges() {
        String customer = Shopping.ALPINE_US;
        String token = client.appToken();
        String cartId = created(client, token, customer, Shopping.cart(Shopping.line(Shopping.E5_P1M, 1, "monthly", "P1M"),
                Shopping.line(Shopping.ENTRA_P1, 2, "monthly", "P1Y"), Shopping.line(Shopping.AI_BUILDER, 1, "monthly", "P1M")))
                .get("id").asText();
        JsonNode order = checkout(client, token, customer, cartId).json().get("orders").get(0);
        String path = "/v1/customers/" + customer + "/orders/" + order.get("id").asText();
        CLOCK.advance(Duration.ofSeconds(30));

        JsonNode first = client.get(path, client.appToken()).json();
        JsonNode second = client.get(path, client.appToken()).json();

        assertThat(subscriptionIds(first)).hasSize(3).doesNotHaveDuplicates().isEqualTo(subscriptionIds(second));
    }

    private static List<String> subscriptionIds(JsonNode order) {
        List<String> ids = new ArrayList<>();
        order.get("lineItems").forEach(line -> ids.add(line.get("subscriptionId").asText()));
        return ids;
    }

    @Test
    void provisioningStatusIsForAppPlusUserCallersOnly() {
        String customer = Shopping.WINGTIP_US;
        String orderId = orderMixedCart(customer).get(1).get("id").asText();

        Reply reply = client.get("/v1/customers/" + customer + "/orders/" + orderId + "/provisioningstatus", client.appToken());

        assertThat(reply.status()).isEqualTo(403);
        assertApiFault(reply.json(), 900150);
    }

    @Test
    void anUnknownOrderIsNotFound() {
        Reply reply = client.get("/v1/customers/" + Shopping.WINGTIP_US + "/orders/a68736758d9c", client.appToken());

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 20000);
    }
}

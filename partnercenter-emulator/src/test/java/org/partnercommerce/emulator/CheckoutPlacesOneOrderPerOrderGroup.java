package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.WIDE_WORLD_DE;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.purchasesOfCart;

class CheckoutPlacesOneOrderPerOrderGroup {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static PartnerCenterClient client;
    private static String token;

    @BeforeAll
    static void start() {
        client = new PartnerCenterClient(SharedEmulator.get());
        token = client.appToken();
    }

    @Test
    void theMixedCartBecomesFourOrdersOneForEachGroup() {
        String cartId = created(client, token, WINGTIP_US, Shopping.mixedCart()).get("id").asText();

        Reply reply = checkout(client, token, WINGTIP_US, cartId);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode result = reply.json();
        assertThat(result.get("attributes").get("objectType").asText()).isEqualTo("CartCheckoutResult");
        assertThat(result.get("orderErrors")).isEmpty();
        JsonNode orders = result.get("orders");
        assertThat(orders).hasSize(4);
        assertThat(orders.findValuesAsText("billingCycle")).containsExactly("monthly", "one_time", "monthly", "none");

        JsonNode legacy = orders.get(0);
        assertThat(legacy.get("id").asText()).matches(GUID);
        assertThat(legacy.get("alternateId").asText()).isEqualTo(legacy.get("id").asText());
        assertThat(legacy.get("status").asText()).as("the legacy Azure offer completes at once").isEqualTo("completed");
        assertThat(legacy.get("lineItems").get(0).get("subscriptionId").asText()).matches(GUID);

        JsonNode oneTime = orders.get(1);
        assertThat(oneTime.get("id").asText()).matches("[0-9a-f]{12}");
        assertThat(oneTime.get("alternateId").asText()).isEqualTo(oneTime.get("id").asText());
        assertThat(oneTime.get("referenceCustomerId").asText()).isEqualTo(WINGTIP_US);
        assertThat(oneTime.get("currencyCode").asText()).isEqualTo("USD");
        assertThat(oneTime.get("currencySymbol").asText()).isEqualTo("$");
        assertThat(oneTime.get("status").asText()).isEqualTo("pending");
        assertThat(oneTime.get("transactionType").asText()).isEqualTo("UserPurchase");
        assertThat(oneTime.get("attributes").get("objectType").asText()).isEqualTo("Order");
        assertThat(oneTime.get("creationDate").asText()).isNotBlank();
        assertThat(oneTime.get("links").get("self").get("uri").asText())
                .isEqualTo("/customers/" + WINGTIP_US + "/orders/" + oneTime.get("id").asText());
        assertThat(oneTime.get("links").get("provisioningStatus").get("uri").asText()).endsWith("/provisioningstatus");
        JsonNode lines = oneTime.get("lineItems");
        assertThat(lines.findValuesAsText("lineItemNumber")).containsExactly("0", "1", "2");
        assertThat(lines.findValuesAsText("offerId"))
                .containsExactly(Shopping.RESERVATION_1Y, "DZH318Z0BQ36:004J:DZH318Z08B8X", Shopping.WINDOWS_SERVER);
        assertThat(lines.findValuesAsText("transactionType")).containsOnly("New");
        assertThat(lines.get(0).get("friendlyName").asText()).isEqualTo("Reserved VM Instance, Standard_NV12, US East 2, 1 Year");
        assertThat(lines.get(0).get("termDuration").asText()).isEqualTo("P1Y");
        assertThat(lines.get(2).has("termDuration")).isFalse();
        assertThat(lines.get(0).has("subscriptionId")).as("not provisioned yet").isFalse();
        assertThat(lines.get(0).get("pricing").get("price").decimalValue()).isEqualByComparingTo("9873.24");
        // 9873.24 + 18934.56 + 6155.00
        assertThat(oneTime.get("totalPrice").decimalValue()).isEqualByComparingTo("34962.80");
        assertThat(lines.get(0).get("links").get("availability").get("uri").asText())
                .isEqualTo("/products/DZH318Z0BQ36/skus/004G/availabilities/DZH318Z08C0S?country=US");
    }

    @Test
    void everyPlacedOrderIsInThePurchasesJournal() {
        String cartId = created(client, token, WINGTIP_US, Shopping.mixedCart()).get("id").asText();
        String requestId = Shopping.requestId();

        JsonNode orders = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", requestId).json().get("orders");

        JsonNode purchases = purchasesOfCart(client, cartId);
        assertThat(purchases).hasSize(4);
        assertThat(purchases.findValuesAsText("orderId")).containsExactlyElementsOf(orders.findValuesAsText("id"));
        assertThat(purchases.findValuesAsText("orderGroup")).containsExactly("OMS-0", "0", "1", "2");
        assertThat(purchases.findValuesAsText("requestId")).containsOnly(requestId);
        assertThat(purchases.findValuesAsText("customerId")).containsOnly(WINGTIP_US);
        assertThat(purchases.findValuesAsText("cartId")).containsOnly(cartId);
        assertThat(purchases.get(0).get("createdAt").asText()).isNotBlank();
    }

    @Test
    void participantsBecomeThePartnersOfRecord() {
        String cartId = created(client, token, WIDE_WORLD_DE, Shopping.attestationCart()).get("id").asText();

        JsonNode orders = checkout(client, token, WIDE_WORLD_DE, cartId).json().get("orders");

        assertThat(orders).hasSize(1);
        JsonNode order = orders.get(0);
        assertThat(order.get("currencyCode").asText()).isEqualTo("EUR");
        assertThat(order.get("currencySymbol").asText()).isEqualTo("€");
        JsonNode lines = order.get("lineItems");
        assertThat(lines.findValuesAsText("termDuration")).containsExactly("P1M", "P1Y");
        assertThat(lines.get(0).has("partnerIdOnRecord")).isFalse();
        assertThat(lines.get(1).get("partnerIdOnRecord").asText()).isEqualTo("5357564");
        assertThat(lines.get(1).get("additionalPartnerIdsOnRecord")).extracting(JsonNode::asText).containsExactly("517285", "5357563");
        assertThat(lines.get(0).get("customTermEndDate").asText()).startsWith(Shopping.lastDayOfThisMonth().toString());
    }

    @Test
    void aRepeatedCheckoutAnswersTheSameResultAndPlacesNothing() {
        String cartId = created(client, token, WINGTIP_US, Shopping.mixedCart()).get("id").asText();
        Reply first = checkout(client, token, WINGTIP_US, cartId);

        Reply again = checkout(client, token, WINGTIP_US, cartId, "MS-RequestId", Shopping.requestId());

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(purchasesOfCart(client, cartId)).hasSize(4);
        JsonNode cart = client.get("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, token).json();
        assertThat(cart.get("status").asText()).isEqualTo("Ordered");
    }

    @Test
    void amountsArePlainDecimals() {
        String cartId = created(client, token, WINGTIP_US, Shopping.cart(Shopping.line(Shopping.AI_BUILDER, 2, "monthly", "P1M")))
                .get("id").asText();

        Reply reply = checkout(client, token, WINGTIP_US, cartId);

        assertThat(reply.body()).doesNotContainPattern(":-?[0-9.]+[eE][+-]?[0-9]")
                .contains("\"listPrice\":500,").contains("\"extendedPrice\":1000}").contains("\"totalPrice\":1000,");
    }

    @Test
    void theDotNetSdksSuccessBodyIsAccepted() {
        String cartId = created(client, token, WINGTIP_US, Shopping.newCommerceCart()).get("id").asText();

        Reply reply = client.post("/v1/customers/" + WINGTIP_US + "/carts/" + cartId + "/checkout", token, "\"success\"");

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("orders")).hasSize(1);
    }

    @Test
    void groupsWithLineErrorsBecomeOrderErrorsAndTheOthersAreOrdered() {
        String body = Shopping.cart(
                Shopping.line(Shopping.E5_P1M, 1, "monthly", "P1M"),
                Shopping.line(Shopping.ENTRA_P1, 1, "annual", "P1Y"),
                Shopping.line(Shopping.ENTRA_P1, 0, "annual", "P1Y"));
        JsonNode cart = created(client, token, WINGTIP_US, body);
        assertThat(Shopping.orderGroups(cart)).containsExactly("0", "1", "1");

        JsonNode result = checkout(client, token, WINGTIP_US, cart.get("id").asText()).json();

        assertThat(result.get("orders")).hasSize(1);
        assertThat(result.get("orders").get(0).get("billingCycle").asText()).isEqualTo("monthly");
        assertThat(result.get("orderErrors")).hasSize(1);
        JsonNode error = result.get("orderErrors").get(0);
        assertThat(error.get("orderGroupId").asText()).isEqualTo("1");
        assertThat(error.get("code").asInt()).isEqualTo(800009);
        assertThat(error.get("description").asText()).contains("line 2").contains("10015");
        assertThat(purchasesOfCart(client, cart.get("id").asText())).hasSize(1);
    }

    @Test
    void aCartWhoseEveryGroupHasErrorsIsRefusedAndStaysActive() {
        JsonNode cart = created(client, token, WINGTIP_US, Shopping.cart(Shopping.line("NOPE:0001:NOPE", 1, "monthly", "P1M")));
        String cartId = cart.get("id").asText();

        Reply reply = checkout(client, token, WINGTIP_US, cartId);

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 800009);
        assertThat(purchasesOfCart(client, cartId)).isEmpty();
        assertThat(client.get("/v1/customers/" + WINGTIP_US + "/carts/" + cartId, token).json().get("status").asText()).isEqualTo("Active");
    }

    @Test
    void anUnknownCartIsNotFoundWith800008() {
        Reply reply = checkout(client, token, WINGTIP_US, "00000000-0000-0000-0000-000000000000");

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 800008);
    }

    @Test
    void anotherCustomersCartIsNotFound() {
        String cartId = created(client, token, WINGTIP_US, Shopping.newCommerceCart()).get("id").asText();

        Reply reply = checkout(client, token, Shopping.TAILSPIN_US, cartId);

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 800008);
    }

    @Test
    void aCheckoutBodyThatIsNeitherEmptyNorSuccessIsRefused() {
        String cartId = created(client, token, WINGTIP_US, Shopping.newCommerceCart()).get("id").asText();

        Reply reply = client.post("/v1/customers/" + WINGTIP_US + "/carts/" + cartId + "/checkout", token, "[1, 2]");

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 800002);
        assertThat(purchasesOfCart(client, cartId)).isEmpty();
    }
}

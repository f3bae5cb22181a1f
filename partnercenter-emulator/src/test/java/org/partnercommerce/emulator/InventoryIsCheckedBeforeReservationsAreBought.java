package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;

class InventoryIsCheckedBeforeReservationsAreBought {

    private static final String CHECK = "/v1/extensions/product/checkInventory?country=US";
    private static final String FIXTURE_SUBSCRIPTION = "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e";
    private static final String RESTRICTED_SUBSCRIPTION = "bbbb1b1b-cc2c-dd3d-ee4e-ffffff5f5f5f";

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;
    private static String token;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        client = new PartnerCenterClient(emulator);
        token = client.appToken();
    }

    @Test
    void theFixturesSubscriptionMayBuyTheReservationsInEastUs2() {
        Reply reply = client.post(CHECK, token, body("DZH318Z0BQ36", null, FIXTURE_SUBSCRIPTION, "eastus2"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json();
        assertThat(items.isArray()).as("a bare array, not a Collection").isTrue();
        assertThat(items.findValuesAsText("skuId")).containsExactly("004G", "004J");
        items.forEach(item -> {
            assertThat(item.get("productId").asText()).isEqualTo("DZH318Z0BQ36");
            assertThat(item.get("isRestricted").asBoolean()).isFalse();
            assertThat(item.get("restrictions")).isEmpty();
        });
    }

    @Test
    void aRestrictedSubscriptionMayNotBuyInEastUs2() {
        Reply reply = client.post(CHECK, token, body("DZH318Z0BQ36", "004G", RESTRICTED_SUBSCRIPTION, "eastus2"));

        JsonNode items = reply.json();
        assertThat(items).hasSize(1);
        JsonNode item = items.get(0);
        assertThat(item.get("skuId").asText()).isEqualTo("004G");
        assertThat(item.get("isRestricted").asBoolean()).isTrue();
        JsonNode restriction = item.get("restrictions").get(0);
        assertThat(restriction.get("reasonCode").asText()).isEqualTo("NotAvailableForSubscription");
        assertThat(restriction.get("description").asText()).isEqualTo("Restriction identified of type 'Location' with values 'eastus2'.");
        assertThat(restriction.get("properties").get("type").asText()).isEqualTo("Location");
        assertThat(restriction.get("properties").get("values").asText()).isEqualTo("eastus2");
    }

    @Test
    void itemsNotInTheCatalogAreLeftOut() {
        String body = """
                {"targetItems": [{"productId": "NOPE"}, {"productId": "DZH318Z0BQ36", "skuId": "ZZZZ"}, {"productId": "DZH318Z0BQ36", "skuId": "004J"}],
                 "inventoryContext": {"customerId": "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", "azureSubscriptionId": "%s", "armRegionName": "eastus2"}}
                """.formatted(FIXTURE_SUBSCRIPTION);

        JsonNode items = client.post(CHECK, token, body).json();

        assertThat(items.findValuesAsText("skuId")).containsExactly("004J");
    }

    @Test
    void aProductNotSoldInTheCountryIsLeftOut() {
        String body = """
                {"targetItems": [{"productId": "DZH318Z0BXWC"}], "inventoryContext": {}}""";

        assertThat(client.post("/v1/extensions/product/checkInventory?country=JP", token, body).json()).isEmpty();
        assertThat(client.post(CHECK, token, body).json()).hasSize(2);
    }

    @Test
    void anItemThatNeedsNoInventoryCheckIsNeverRestricted() {
        String body = """
                {"targetItems": [{"productId": "CFQ7TTC0LF8S", "skuId": "0001"}], "inventoryContext": {"azureSubscriptionId": "%s"}}
                """.formatted(RESTRICTED_SUBSCRIPTION);

        JsonNode item = client.post(CHECK, token, body).json().get(0);

        assertThat(item.get("isRestricted").asBoolean()).isFalse();
    }

    @Test
    void thePathIsMatchedInAnyCaseAndPascalCaseBodiesWithCommentsAreRead() {
        String body = """
                {
                  /* as the .NET SDK sends it */
                  "TargetItems": [ { "ProductId": "DZH318Z0BQ36", "SkuId": "004G" } ],
                  "InventoryContext": { "CustomerId": "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d",
                                        "AzureSubscriptionId": "%s", "ArmRegionName": "eastus2" }
                }""".formatted(RESTRICTED_SUBSCRIPTION);

        Reply reply = client.post("/v1/extensions/product/checkinventory?country=US", token, body);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get(0).get("isRestricted").asBoolean()).isTrue();
    }

    @Test
    void aMalformedBodyIsABadRequest() {
        Reply reply = client.post(CHECK, token, "{\"targetItems\": [{\"productId\": \"DZH318Z0BQ36\"");

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 3000);
    }

    @Test
    void aBodyOfTheWrongShapeIsABadRequest() {
        assertThat(client.post(CHECK, token, "[\"DZH318Z0BQ36\"]").status()).isEqualTo(400);
        assertThat(client.post(CHECK, token, "{\"targetItems\": \"DZH318Z0BQ36\"}").status()).isEqualTo(400);
        assertThat(client.post(CHECK, token, "").status()).isEqualTo(400);
    }

    @Test
    void aRequestWithoutTargetItemsIsABadRequest() {
        Reply reply = client.post(CHECK, token, "{\"inventoryContext\": {}}");

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 3000);
        assertThat(reply.json().get("data").get(0).asText()).isEqualTo("targetItems");
    }

    @Test
    void aReservationCannotBeCheckedWithoutTheAzureSubscription() {
        String body = """
                {"targetItems": [{"productId": "DZH318Z0BQ36"}], "inventoryContext": {"customerId": "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", "armRegionName": "eastus2"}}""";

        Reply reply = client.post(CHECK, token, body);

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 3000);
        assertThat(reply.json().get("data").get(0).asText()).isEqualTo("inventoryContext.azureSubscriptionId");
    }

    @Test
    void checkingInventoryNeedsACountry() {
        Reply reply = client.post("/v1/extensions/product/checkInventory", token, body("DZH318Z0BQ36", null, FIXTURE_SUBSCRIPTION, "eastus2"));

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 3000);
    }

    private static String body(String productId, String skuId, String subscriptionId, String region) {
        String target = skuId == null ? "{\"productId\": \"" + productId + "\"}"
                : "{\"productId\": \"" + productId + "\", \"skuId\": \"" + skuId + "\"}";
        return """
                {"targetItems": [%s],
                 "inventoryContext": {"customerId": "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", "azureSubscriptionId": "%s", "armRegionName": "%s"}}
                """.formatted(target, subscriptionId, region);
    }
}

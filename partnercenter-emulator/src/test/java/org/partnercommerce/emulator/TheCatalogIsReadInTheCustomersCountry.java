package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.TheCatalogIsReadByCountry.ids;

class TheCatalogIsReadInTheCustomersCountry {

    private static final String GERMAN_CUSTOMER = "f81d98dd-c2f4-499e-a194-5619e260344e";
    private static final String JAPANESE_CUSTOMER = "a7c3e9f1-5b2d-4d8a-8e6f-2c4b6d8f0a1e";
    private static final String AMERICAN_CUSTOMER = "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d";

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
    void theProductsOfACustomerAreThoseOfItsCountryWithCustomerLinks() {
        JsonNode products = ok("/v1/customers/" + GERMAN_CUSTOMER + "/products?targetView=OnlineServices");

        assertThat(ids(products)).contains("CFQ7TTC0LH0Z", "CFQ7TTC0LFLS", "DZH318Z0BXWC").doesNotContain("DZH318Z0BPS6");
        assertThat(products.get("items").get(0).get("links").get("self").get("uri").asText())
                .isEqualTo("/customers/" + GERMAN_CUSTOMER + "/products/CFQ7TTC0LH0Z");
        assertThat(products.get("links").get("self").get("uri").asText())
                .isEqualTo("/customers/" + GERMAN_CUSTOMER + "/products?targetView=OnlineServices");
    }

    @Test
    void anAvailabilityReadForAGermanCustomerIsInEurosWhateverCountryIsAsked() {
        JsonNode availability = ok("/v1/customers/" + GERMAN_CUSTOMER
                + "/products/CFQ7TTC0LFLS/skus/0002/availabilities/CFQ7TTC0KDLJ?country=US");

        assertThat(availability.get("country").asText()).isEqualTo("DE");
        assertThat(availability.get("defaultCurrency").get("code").asText()).isEqualTo("EUR");
        assertThat(availability.get("links").get("self").get("uri").asText())
                .isEqualTo("/customers/" + GERMAN_CUSTOMER + "/products/CFQ7TTC0LFLS/skus/0002/availabilities/CFQ7TTC0KDLJ");
    }

    @Test
    void everyCatalogReadHasACustomerVariant() {
        String base = "/v1/customers/" + AMERICAN_CUSTOMER + "/products/DZH318Z0BXWC";

        assertThat(ok(base).get("id").asText()).isEqualTo("DZH318Z0BXWC");
        assertThat(ids(ok(base + "/skus"))).containsExactly("0001", "0002");
        assertThat(ok(base + "/skus/0002").get("title").asText()).isEqualTo("Barracuda WaaS - Medium Plan");
        assertThat(ids(ok(base + "/skus/0002/availabilities"))).containsExactly("DZH318Z0BMRV");
        assertThat(ok(base + "/skus/0002/availabilities/DZH318Z0BMRV").get("defaultCurrency").get("code").asText()).isEqualTo("USD");
    }

    @Test
    void aProductNotSoldInTheCustomersCountryIsNotFound() {
        Reply reply = client.get("/v1/customers/" + JAPANESE_CUSTOMER + "/products/DZH318Z0BXWC", token);

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 400013);
        assertThat(ok("/v1/customers/" + JAPANESE_CUSTOMER + "/products/CFQ7TTC0LF8S/skus/0001/availabilities/CFQ7TTC0N81H")
                .get("defaultCurrency").get("code").asText()).isEqualTo("JPY");
    }

    @Test
    void theCatalogOfAnUnknownCustomerIsNotFound() {
        Reply reply = client.get("/v1/customers/00000000-0000-0000-0000-000000000000/products/CFQ7TTC0LF8S", token);

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 1000);
    }

    @Test
    void theProductsOfACustomerNeedATargetView() {
        Reply reply = client.get("/v1/customers/" + AMERICAN_CUSTOMER + "/products", token);

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 3000);
    }

    private JsonNode ok(String path) {
        Reply reply = client.get(path, token);
        assertThat(reply.status()).as(path + " → " + reply.body()).isEqualTo(200);
        return reply.json();
    }
}

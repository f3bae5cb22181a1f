package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class EveryResponseFollowsPartnerCenterConventions {

    private static final String GUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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
    void theRequestAndCorrelationIdsAreEchoed() {
        Reply reply = client.get("/v1/products/CFQ7TTC0LF8S?country=US", token,
                "MS-RequestId", "d1b1981a-e088-4610-870a-eebec96d6bcd",
                "MS-CorrelationId", "4acb26a1-3536-4081-bc7d-092869a4961a",
                "X-Locale", "de-DE");

        assertThat(reply.header("MS-RequestId")).isEqualTo("d1b1981a-e088-4610-870a-eebec96d6bcd");
        assertThat(reply.header("MS-CorrelationId")).isEqualTo("4acb26a1-3536-4081-bc7d-092869a4961a");
        assertThat(reply.header("X-Locale")).isEqualTo("de-DE");
    }

    @Test
    void missingIdsAreGeneratedAndTheServerAddsItsOwnHeaders() {
        Reply reply = client.get("/v1/products/CFQ7TTC0LF8S?country=US", token);

        assertThat(reply.header("MS-RequestId")).matches(GUID);
        assertThat(reply.header("MS-CorrelationId")).matches(GUID);
        assertThat(reply.header("MS-CV")).isNotBlank().endsWith(".0");
        assertThat(reply.header("MS-ServerId")).matches("\\d{9}");
        assertThat(reply.header("X-Locale")).isEqualTo("en-US");
        assertThat(reply.header("Date")).isNotBlank();
        assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void aCorrelationVectorSentIsEchoed() {
        Reply reply = client.get("/v1/products/CFQ7TTC0LF8S?country=US", token, "MS-CV", "LdFhumtx6Ea0Kl5Z.0");

        assertThat(reply.header("MS-CV")).isEqualTo("LdFhumtx6Ea0Kl5Z.0");
    }

    @Test
    void errorsCarryTheHeadersToo() {
        Reply reply = client.get("/v1/products/NOPE?country=US", token, "MS-RequestId", "5b5a1b2c-0000-4000-8000-000000000002");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("MS-RequestId")).isEqualTo("5b5a1b2c-0000-4000-8000-000000000002");
        assertThat(reply.header("MS-ServerId")).isNotBlank();
        assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    }

    @Test
    void anUnknownRouteIsNotFoundWithCode1000() {
        Reply reply = client.get("/v1/nothing/here", token);

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 1000);
        assertThat(reply.header("MS-RequestId")).matches(GUID);
    }

    @Test
    void aWrongMethodIsNotAllowedAndSaysWhichAre() {
        Reply reply = client.send("DELETE", "/v1/products?country=US&targetView=OnlineServices", token);

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.header("Allow")).isEqualTo("GET");
        assertApiFault(reply.json(), 0);
    }

    @Test
    void resourcesAreCamelCaseAndCarryTheirObjectType() {
        JsonNode product = client.get("/v1/products/CFQ7TTC0LF8S?country=US", token).json();

        assertThat(product.get("attributes").get("objectType").asText()).isEqualTo("Product");
        assertThat(product.has("isMicrosoftProduct")).isTrue();
        assertThat(product.has("IsMicrosoftProduct")).isFalse();
        assertThat(product.get("links").get("self").get("uri").asText()).isEqualTo("/products/CFQ7TTC0LF8S?country=US");
        assertThat(product.get("links").get("self").get("method").asText()).isEqualTo("GET");
        assertThat(product.get("links").get("self").get("headers").isArray()).isTrue();
    }

    @Test
    void collectionsCountTheirItemsAndLinkToThemselves() {
        JsonNode collection = client.get("/v1/products?country=US&targetView=MicrosoftAzure", token).json();

        assertThat(collection.get("totalCount").asInt()).isEqualTo(collection.get("items").size());
        assertThat(collection.get("links").get("self").get("uri").asText()).isEqualTo("/products?country=US&targetView=MicrosoftAzure");
        assertThat(collection.get("attributes").get("objectType").asText()).isEqualTo("Collection");
    }

    @Test
    void queryParameterNamesAreReadInAnyCase() {
        Reply reply = client.get("/v1/products?Country=us&TARGETVIEW=onlineservices", token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("totalCount").asInt()).isPositive();
    }

    static void assertApiFault(JsonNode fault, int code) {
        assertThat(fault.get("code").isInt()).as("code is a JSON number").isTrue();
        assertThat(fault.get("code").asInt()).isEqualTo(code);
        assertThat(fault.get("description").asText()).isNotBlank();
        assertThat(fault.get("data").isArray()).isTrue();
        assertThat(fault.get("source").asText()).isEqualTo("PartnerFD");
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The newcomer's mode: the service starts its own Partner Center emulator, and a token from it opens the API. */
@QuarkusTest
@TestProfile(EmbeddedModeTest.EmbeddedMode.class)
class EmbeddedModeTest {

    /** Read back from the configuration: the profile runs in another class loader than this test. */
    @ConfigProperty(name = "partnercommerce.emulator.port")
    int port;

    public static class EmbeddedMode implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            int free = freePort();
            String base = "http://127.0.0.1:" + free;
            String tenant = EmulatorResource.TENANT;
            return Map.of(
                    "partnercommerce.emulator.embedded", "true",
                    "partnercommerce.emulator.port", String.valueOf(free),
                    "partnercommerce.auth.issuer", base + "/" + tenant + "/v2.0",
                    "partnercommerce.auth.jwks-url", base + "/" + tenant + "/discovery/v2.0/keys",
                    "partnercommerce.partner-center.url", base,
                    "partnercommerce.partner-center.token-url", base + "/" + tenant + "/oauth2/v2.0/token",
                    "partnercommerce.partner-center.client-id", "demo-partner",
                    "partnercommerce.partner-center.client-secret", "demo-partner-secret");
        }
    }

    @Test
    void aTokenFromTheEmbeddedEmulatorListsProducts() {
        String token = Tokens.fetch(URI.create("http://127.0.0.1:" + port), "demo-partner", "demo-partner-secret",
                Tokens.PARTNER_COMMERCE_SCOPE);

        given().auth().oauth2(token)
                .queryParam("country", "US").queryParam("targetView", "OnlineServices")
                .get("/v1/products")
                .then().statusCode(200)
                .body("attributes.objectType", equalTo("Collection"))
                .body("items.id", hasItem("CFQ7TTC0LH0Z"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
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
                    "partnercommerce.partner-center.client-secret", "demo-partner-secret",
                    "partnercommerce.openapi.token-url", base + "/" + tenant + "/oauth2/v2.0/token");
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

    @Test
    void theApiDescriptionOffersClientCredentialsAtTheEmbeddedEmulatorsTokenEndpoint() {
        JsonPath description = apiDescription().jsonPath();
        String scheme = "components.securitySchemes.'entra-id'";

        assertThat(description.getMap("components.securitySchemes")).containsOnlyKeys("entra-id");
        assertThat(description.getString(scheme + ".type")).isEqualTo("oauth2");
        assertThat(description.getMap(scheme + ".flows")).containsOnlyKeys("clientCredentials");
        assertThat(description.getString(scheme + ".flows.clientCredentials.tokenUrl"))
                .isEqualTo("http://127.0.0.1:" + port + "/" + EmulatorResource.TENANT + "/oauth2/v2.0/token");
        assertThat(description.getMap(scheme + ".flows.clientCredentials.scopes")).containsOnlyKeys(Tokens.PARTNER_COMMERCE_SCOPE);
        assertThat(description.getList("paths.'/v1/products'.get.security.'entra-id'.flatten()", String.class))
                .containsExactly(Tokens.PARTNER_COMMERCE_SCOPE);
    }

    /**
     * What Swagger UI's Authorize does with the description above, from the browser: client
     * credentials by HTTP Basic, from the service's own origin, to the token URL the description
     * names; then it calls the API with the token.
     */
    @Test
    void aTokenFetchedAsSwaggerUiFetchesItOpensTheApi() {
        JsonPath description = apiDescription().jsonPath();
        String tokenUrl = description.getString("components.securitySchemes.'entra-id'.flows.clientCredentials.tokenUrl");
        String scope = description.getMap("components.securitySchemes.'entra-id'.flows.clientCredentials.scopes").keySet().iterator().next().toString();
        String swaggerUi = "http://localhost:" + RestAssured.port;

        given().header("Origin", swaggerUi)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,x-requested-with")
                .options(tokenUrl)
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", swaggerUi)
                .header("Access-Control-Allow-Headers", containsString("authorization"));
        String token = given().header("Origin", swaggerUi).header("X-Requested-With", "XMLHttpRequest")
                .auth().preemptive().basic("demo-partner", "demo-partner-secret")
                .formParam("grant_type", "client_credentials").formParam("scope", scope)
                .post(tokenUrl)
                .then().statusCode(200).header("Access-Control-Allow-Origin", swaggerUi)
                .extract().path("access_token");

        given().auth().oauth2(token)
                .queryParam("country", "US").queryParam("targetView", "OnlineServices")
                .get("/v1/products")
                .then().statusCode(200)
                .body("items.id", hasItem("CFQ7TTC0LH0Z"));
    }

    private static ExtractableResponse<Response> apiDescription() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

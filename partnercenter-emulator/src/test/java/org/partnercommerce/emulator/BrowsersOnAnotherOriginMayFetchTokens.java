package org.partnercommerce.emulator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.PartnerCenterClient.TENANT;
import static org.partnercommerce.emulator.PartnerCenterClient.form;

/**
 * Swagger UI on {@code http://localhost:8080} fetches its token from the emulator on
 * {@code http://127.0.0.1:8089}: another origin, so the browser asks first (a CORS preflight,
 * because of the {@code Authorization} header) and lets the page read only answers that name its
 * origin. The requests below are the ones Chromium sends for Swagger UI's client credentials flow.
 */
class BrowsersOnAnotherOriginMayFetchTokens {

    private static final String SWAGGER_UI = "http://localhost:8080";
    private static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";

    private static PartnerCenterClient client;

    @BeforeAll
    static void start() {
        client = new PartnerCenterClient(SharedEmulator.get());
    }

    @Test
    void thePreflightOfATokenRequestAllowsThePostAndTheHeadersItAskedFor() {
        Reply reply = preflight(client, "POST", "authorization,content-type,x-requested-with");

        assertThat(reply.status()).isEqualTo(204);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(SWAGGER_UI);
        assertThat(reply.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(reply.header("Access-Control-Allow-Headers")).isEqualTo("authorization,content-type,x-requested-with");
        assertThat(reply.header("Access-Control-Max-Age")).isEqualTo("600");
        assertThat(reply.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void aTokenFetchedFromAnotherOriginNamesThatOrigin() {
        Reply reply = client.token(TENANT, form("grant_type", "client_credentials", "scope", "partner-commerce/.default"),
                "Origin", SWAGGER_UI, "Authorization", basic("demo-partner", "demo-partner-secret"), "X-Requested-With", "XMLHttpRequest");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(SWAGGER_UI);
        assertThat(reply.headerValues("Vary")).contains("Origin");
        assertThat(Jwts.claims(reply.json().get("access_token").asText()).get("aud").asText()).isEqualTo("partner-commerce");
    }

    @Test
    void aRefusalIsReadableByThePageThatAsked() {
        Reply reply = client.token(TENANT, form("grant_type", "client_credentials", "scope", "partner-commerce/.default"),
                "Origin", SWAGGER_UI, "Authorization", basic("demo-partner", "not-the-secret"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Access-Control-Allow-Origin")).isEqualTo(SWAGGER_UI);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void theDiscoveryDocumentAndTheKeysAnswerAnotherOriginToo() {
        Reply discovery = client.get("/" + TENANT + "/v2.0/.well-known/openid-configuration", null, "Origin", SWAGGER_UI);
        Reply keys = client.get("/" + TENANT + "/discovery/v2.0/keys", null, "Origin", SWAGGER_UI);

        assertThat(discovery.status()).isEqualTo(200);
        assertThat(discovery.header("Access-Control-Allow-Origin")).isEqualTo(SWAGGER_UI);
        assertThat(keys.status()).isEqualTo(200);
        assertThat(keys.header("Access-Control-Allow-Origin")).isEqualTo(SWAGGER_UI);
    }

    @Test
    void requestsWithoutAnOriginGetNoCorsHeaders() {
        Reply token = client.token(TENANT, form("grant_type", "client_credentials", "client_id", "demo-partner",
                "client_secret", "demo-partner-secret", "scope", "partner-commerce/.default"));
        Reply options = client.send("OPTIONS", TOKEN_PATH, null);

        assertThat(token.status()).isEqualTo(200);
        assertThat(token.header("Access-Control-Allow-Origin")).isNull();
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("Allow")).isEqualTo("GET, POST, OPTIONS");
        assertThat(options.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aFaultArmedOnTheTokenEndpointHitsTheTokenRequestNotItsPreflight() {
        try (PartnerCenterEmulator emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0))) {
            PartnerCenterClient own = new PartnerCenterClient(emulator);
            Reply armed = own.post("/emulator/v1/faults", null,
                    "{\"path\": \"" + TOKEN_PATH + "\", \"kind\": \"status\", \"status\": 503, \"probability\": 1.0}");

            Reply preflight = preflight(own, "POST", "authorization");
            Reply token = own.token(TENANT, form("grant_type", "client_credentials", "scope", "partner-commerce/.default"),
                    "Origin", SWAGGER_UI, "Authorization", basic("demo-partner", "demo-partner-secret"));

            assertThat(armed.status()).isEqualTo(201);
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(token.status()).isEqualTo(503);
            assertThat(token.header("Access-Control-Allow-Origin")).isEqualTo(SWAGGER_UI);
        }
    }

    private static Reply preflight(PartnerCenterClient client, String method, String headers) {
        return client.send("OPTIONS", TOKEN_PATH, null, null,
                "Origin", SWAGGER_UI, "Access-Control-Request-Method", method, "Access-Control-Request-Headers", headers);
    }

    /** As Swagger UI sends client credentials by default: HTTP Basic, the two parts joined as they are. */
    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}

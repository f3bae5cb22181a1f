package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.PartnerCenterClient.PARTNER_CENTER_SCOPE;
import static org.partnercommerce.emulator.PartnerCenterClient.TENANT;
import static org.partnercommerce.emulator.PartnerCenterClient.USER_IMPERSONATION_SCOPE;
import static org.partnercommerce.emulator.PartnerCenterClient.form;

class TokenRequestsAreRefusedAsEntraIdRefusesThem {

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        client = new PartnerCenterClient(emulator);
    }

    @Test
    void aWrongSecretIsAnInvalidClient() {
        Reply reply = clientCredentials("demo-partner", "not-the-secret", PARTNER_CENTER_SCOPE);

        assertEntraError(reply, 401, "invalid_client", 7000215);
    }

    @Test
    void aMissingSecretIsAnInvalidClient() {
        Reply reply = client.token(TENANT, form("grant_type", "client_credentials", "client_id", "demo-partner", "scope", PARTNER_CENTER_SCOPE));

        assertEntraError(reply, 401, "invalid_client", 7000218);
    }

    @Test
    void anUnknownClientIsAnUnauthorizedClient() {
        Reply reply = clientCredentials("nobody", "secret", PARTNER_CENTER_SCOPE);

        assertEntraError(reply, 400, "unauthorized_client", 700016);
    }

    @Test
    void aRequestWithoutGrantTypeIsAnInvalidRequest() {
        Reply reply = client.token(TENANT, form("client_id", "demo-partner", "client_secret", "demo-partner-secret"));

        assertEntraError(reply, 400, "invalid_request", 900144);
        assertThat(reply.json().get("error_description").asText()).contains("'grant_type'");
    }

    @Test
    void thePasswordGrantIsAnUnsupportedGrantType() {
        Reply reply = client.token(TENANT, form("grant_type", "password", "client_id", "demo-partner",
                "client_secret", "demo-partner-secret", "username", "u", "password", "p"));

        assertEntraError(reply, 400, "unsupported_grant_type", 70003);
    }

    @Test
    void anUnknownScopeIsAnInvalidScope() {
        Reply reply = clientCredentials("demo-partner", "demo-partner-secret", "https://graph.windows.net/.default");

        assertEntraError(reply, 400, "invalid_scope", 70011);
    }

    @Test
    void aScopeWithoutResourceIsAnInvalidScope() {
        Reply reply = clientCredentials("demo-partner", "demo-partner-secret", "openid profile");

        assertEntraError(reply, 400, "invalid_scope", 70011);
    }

    @Test
    void aMissingScopeIsAnInvalidRequest() {
        Reply reply = client.token(TENANT, form("grant_type", "client_credentials", "client_id", "demo-partner", "client_secret", "demo-partner-secret"));

        assertEntraError(reply, 400, "invalid_request", 900144);
    }

    @Test
    void scopesOfTwoResourcesAreAnInvalidScope() {
        Reply reply = clientCredentials("demo-partner", "demo-partner-secret", PARTNER_CENTER_SCOPE + " partner-commerce/.default");

        assertEntraError(reply, 400, "invalid_scope", 28000);
    }

    @Test
    void theClientCredentialsGrantMayOnlyAskForDotDefault() {
        Reply reply = clientCredentials("demo-partner", "demo-partner-secret", USER_IMPERSONATION_SCOPE);

        assertEntraError(reply, 400, "invalid_scope", 1002012);
    }

    @Test
    void anUnknownRefreshTokenIsAnInvalidGrant() {
        Reply reply = refresh("demo-partner", "demo-partner-secret", "not-a-refresh-token", PARTNER_CENTER_SCOPE);

        assertEntraError(reply, 400, "invalid_grant", 9002313);
    }

    @Test
    void aRefreshTokenOfAnotherClientIsAnInvalidGrant() {
        Reply reply = refresh("demo-reader", "demo-reader-secret", "demo-partner-refresh-token", PARTNER_CENTER_SCOPE);

        assertEntraError(reply, 400, "invalid_grant", 70000);
    }

    @Test
    void theRefreshTokenGrantsPartnerCenterOnly() {
        Reply reply = refresh("demo-partner", "demo-partner-secret", "demo-partner-refresh-token", "partner-commerce/.default");

        assertEntraError(reply, 400, "invalid_scope", 70011);
    }

    @Test
    void aGetOnTheTokenEndpointIsAnInvalidRequest() {
        Reply reply = client.get("/" + TENANT + "/oauth2/v2.0/token", null);

        assertEntraError(reply, 400, "invalid_request", 900561);
    }

    @Test
    void theErrorCarriesTheCorrelationIdTheClientSent() {
        Reply reply = client.token(TENANT, form("grant_type", "client_credentials", "client_id", "demo-partner",
                "client_secret", "wrong", "scope", PARTNER_CENTER_SCOPE), "client-request-id", "4d7c1f2e-0000-4000-8000-000000000001");

        assertThat(reply.json().get("correlation_id").asText()).isEqualTo("4d7c1f2e-0000-4000-8000-000000000001");
        assertThat(reply.json().get("error_description").asText()).contains("Correlation ID: 4d7c1f2e-0000-4000-8000-000000000001");
    }

    private Reply clientCredentials(String clientId, String secret, String scope) {
        return client.token(TENANT, form("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret, "scope", scope));
    }

    private Reply refresh(String clientId, String secret, String refreshToken, String scope) {
        Map<String, String> form = form("grant_type", "refresh_token", "client_id", clientId, "client_secret", secret,
                "refresh_token", refreshToken, "scope", scope);
        return client.token(TENANT, form);
    }

    private static void assertEntraError(Reply reply, int status, String error, int aadsts) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        JsonNode body = reply.json();
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).startsWith("AADSTS" + aadsts + ": ");
        assertThat(body.get("error_codes").get(0).asInt()).isEqualTo(aadsts);
        assertThat(body.get("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}Z");
        assertThat(body.get("trace_id").asText()).isNotBlank();
        assertThat(body.get("correlation_id").asText()).isNotBlank();
        assertThat(body.has("access_token")).isFalse();
    }
}

package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.PartnerCenterClient.PARTNER_CENTER_SCOPE;
import static org.partnercommerce.emulator.PartnerCenterClient.TENANT;
import static org.partnercommerce.emulator.PartnerCenterClient.USER_IMPERSONATION_SCOPE;
import static org.partnercommerce.emulator.PartnerCenterClient.form;

class TokensAreIssuedLikeEntraId {

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        client = new PartnerCenterClient(emulator);
    }

    @Test
    void theClientCredentialsGrantAnswersABearerTokenForAnHour() {
        Reply reply = client.token(TENANT, form("grant_type", "client_credentials", "client_id", "demo-partner",
                "client_secret", "demo-partner-secret", "scope", PARTNER_CENTER_SCOPE));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        JsonNode body = reply.json();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asInt()).isEqualTo(3599);
        assertThat(body.get("ext_expires_in").asInt()).isEqualTo(3599);
        assertThat(body.has("refresh_token")).isFalse();
        JsonNode claims = Jwts.claims(body.get("access_token").asText());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
        assertThat(claims.get("nbf").asLong()).isEqualTo(claims.get("iat").asLong());
    }

    @Test
    void aPartnerCenterTokenIsAnAppOnlyTokenForThePartnerCenterAudience() {
        JsonNode claims = Jwts.claims(client.appToken("demo-reader", "demo-reader-secret", PARTNER_CENTER_SCOPE));

        assertThat(claims.get("aud").asText()).isEqualTo("https://api.partnercenter.microsoft.com");
        assertThat(claims.get("iss").asText()).isEqualTo(emulator.issuer(TENANT));
        assertThat(claims.get("tid").asText()).isEqualTo(TENANT);
        assertThat(claims.get("azp").asText()).isEqualTo("demo-reader");
        assertThat(claims.get("appid").asText()).isEqualTo("demo-reader");
        assertThat(claims.get("idtyp").asText()).isEqualTo("app");
        assertThat(claims.get("ver").asText()).isEqualTo("2.0");
        assertThat(claims.get("sub").asText()).isNotBlank();
        assertThat(claims.get("jti").asText()).isNotBlank();
        assertThat(claims.has("upn")).isFalse();
        assertThat(claims.has("roles")).isFalse();
    }

    @Test
    void thePartnerGetsThePartnerRoleForPartnerCommerce() {
        JsonNode claims = Jwts.claims(client.appToken("demo-partner", "demo-partner-secret", "partner-commerce/.default"));

        assertThat(claims.get("aud").asText()).isEqualTo("partner-commerce");
        assertThat(TheCatalogIsReadByCountry.texts(claims.get("roles"))).containsExactly("partner");
        assertThat(claims.has("partner_id")).isFalse();
    }

    @Test
    void theResellerGetsTheResellerRoleAndItsPartnerIdForPartnerCommerce() {
        JsonNode claims = Jwts.claims(client.appToken("demo-reseller-5357564", "demo-reseller-secret", "api://partner-commerce/.default"));

        assertThat(claims.get("aud").asText()).isEqualTo("partner-commerce");
        assertThat(TheCatalogIsReadByCountry.texts(claims.get("roles"))).containsExactly("reseller");
        assertThat(claims.get("partner_id").asText()).isEqualTo("5357564");
        assertThat(claims.get("azp").asText()).isEqualTo("demo-reseller-5357564");
    }

    @Test
    void theReaderGetsTheReaderRoleForPartnerCommerce() {
        JsonNode claims = Jwts.claims(client.appToken("demo-reader", "demo-reader-secret", "partner-commerce/.default"));

        assertThat(TheCatalogIsReadByCountry.texts(claims.get("roles"))).containsExactly("reader");
    }

    @Test
    void aClientMayAuthenticateWithHttpBasic() {
        String basic = Base64.getEncoder().encodeToString("demo-reader:demo-reader-secret".getBytes(StandardCharsets.UTF_8));

        Reply reply = client.token(TENANT, form("grant_type", "client_credentials", "scope", PARTNER_CENTER_SCOPE),
                "Authorization", "Basic " + basic);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(Jwts.claims(reply.json().get("access_token").asText()).get("azp").asText()).isEqualTo("demo-reader");
    }

    @Test
    void theRefreshTokenGrantAnswersAnAppPlusUserTokenForAnAdminAgent() {
        Reply reply = client.token(TENANT, form("grant_type", "refresh_token", "client_id", "demo-partner", "client_secret",
                "demo-partner-secret", "refresh_token", "demo-partner-refresh-token", "scope", USER_IMPERSONATION_SCOPE + " offline_access"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode claims = Jwts.claims(reply.json().get("access_token").asText());
        assertThat(claims.get("aud").asText()).isEqualTo("https://api.partnercenter.microsoft.com");
        assertThat(claims.get("idtyp").asText()).isEqualTo("user");
        assertThat(claims.get("upn").asText()).isEqualTo("admin@contoso-partner.onmicrosoft.com");
        assertThat(claims.get("oid").asText()).isEqualTo("5b0e3c1a-7f2d-4e8b-9a61-c4d2e8f0a1b3");
        assertThat(claims.get("scp").asText()).isEqualTo("user_impersonation");
        assertThat(TheCatalogIsReadByCountry.texts(claims.get("amr"))).containsExactly("pwd", "mfa");
        assertThat(claims.get("azp").asText()).isEqualTo("demo-partner");
        assertThat(claims.get("appid").asText()).isEqualTo("demo-partner");
    }

    @Test
    void everyRedemptionAnswersANewRefreshTokenAndTheOldOnesStayValid() {
        Reply first = redeem("demo-partner-refresh-token", PARTNER_CENTER_SCOPE);
        String second = first.json().get("refresh_token").asText();
        Reply fromSecond = redeem(second, PARTNER_CENTER_SCOPE);
        Reply seededAgain = redeem("demo-partner-refresh-token", PARTNER_CENTER_SCOPE);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second).isNotBlank().isNotEqualTo("demo-partner-refresh-token");
        assertThat(fromSecond.status()).isEqualTo(200);
        assertThat(fromSecond.json().get("refresh_token").asText()).isNotEqualTo(second);
        assertThat(seededAgain.status()).isEqualTo(200);
    }

    @Test
    void theTokenIsAnRs256JwtWhoseSignatureVerifiesWithTheKeyOfTheJwks() throws Exception {
        String token = client.appToken();
        JsonNode keys = client.get("/" + TENANT + "/discovery/v2.0/keys", null).json().get("keys");

        JsonNode header = Jwts.header(token);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("typ").asText()).isEqualTo("JWT");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("kid").asText()).isEqualTo(header.get("kid").asText());
        PublicKey key = Jwts.publicKey(keys.get(0));
        assertThat(Jwts.signatureVerifies(token, key)).isTrue();
        assertThat(Jwts.signatureVerifies(Jwts.withClaims(token, "{\"aud\":\"someone-else\"}"), key)).isFalse();
    }

    @Test
    void anyTenantSegmentIsAcceptedAndBecomesTheIssuerAndTenantOfTheToken() {
        String tenantId = "7c4b1e2a-9d3f-4a8b-b6e5-2f1d0c9a8b7e";
        Reply reply = client.token(tenantId, form("grant_type", "client_credentials", "client_id", "demo-partner",
                "client_secret", "demo-partner-secret", "scope", PARTNER_CENTER_SCOPE));

        JsonNode claims = Jwts.claims(reply.json().get("access_token").asText());
        assertThat(claims.get("tid").asText()).isEqualTo(tenantId);
        assertThat(claims.get("iss").asText()).isEqualTo(emulator.baseUri() + "/" + tenantId + "/v2.0");
    }

    private Reply redeem(String refreshToken, String scope) {
        return client.token(TENANT, form("grant_type", "refresh_token", "client_id", "demo-partner",
                "client_secret", "demo-partner-secret", "refresh_token", refreshToken, "scope", scope));
    }
}

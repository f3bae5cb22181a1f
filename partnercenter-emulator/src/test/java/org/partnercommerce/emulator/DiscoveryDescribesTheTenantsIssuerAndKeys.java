package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.PartnerCenterClient.PARTNER_CENTER_SCOPE;
import static org.partnercommerce.emulator.PartnerCenterClient.TENANT;

class DiscoveryDescribesTheTenantsIssuerAndKeys {

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        client = new PartnerCenterClient(emulator);
    }

    @Test
    void theOpenIdConfigurationNamesTheIssuerTheTokenEndpointAndTheKeys() {
        Reply reply = client.get("/" + TENANT + "/v2.0/.well-known/openid-configuration", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode document = reply.json();
        assertThat(document.get("issuer").asText()).isEqualTo(emulator.issuer(TENANT));
        assertThat(document.get("token_endpoint").asText()).isEqualTo(emulator.baseUri() + "/" + TENANT + "/oauth2/v2.0/token");
        assertThat(document.get("jwks_uri").asText()).isEqualTo(emulator.baseUri() + "/" + TENANT + "/discovery/v2.0/keys");
        assertThat(TheCatalogIsReadByCountry.texts(document.get("id_token_signing_alg_values_supported"))).containsExactly("RS256");
        assertThat(document.get("authorization_endpoint").asText()).isNotBlank();
        assertThat(document.get("response_types_supported")).isNotEmpty();
        assertThat(document.get("subject_types_supported")).isNotEmpty();
    }

    @Test
    void theJwksHoldsOneRsaSigningKey() {
        JsonNode key = client.get("/" + TENANT + "/discovery/v2.0/keys", null).json().get("keys").get(0);

        assertThat(key.get("kty").asText()).isEqualTo("RSA");
        assertThat(key.get("use").asText()).isEqualTo("sig");
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        assertThat(key.get("e").asText()).isEqualTo("AQAB");
        assertThat(key.get("n").asText()).hasSizeGreaterThanOrEqualTo(342);
        assertThat(key.get("kid").asText()).isNotBlank();
    }

    @Test
    void theIssuerIsTheEmulatorsBaseUriWhicheverHostNameTheClientUsed() {
        PartnerCenterClient throughLocalhost = new PartnerCenterClient(URI.create("http://localhost:" + emulator.port()));

        String viaLocalhost = throughLocalhost.appToken("demo-partner", "demo-partner-secret", PARTNER_CENTER_SCOPE);
        String viaLoopback = client.appToken("demo-partner", "demo-partner-secret", PARTNER_CENTER_SCOPE);
        String issuerViaLocalhost = throughLocalhost.get("/" + TENANT + "/v2.0/.well-known/openid-configuration", null).json().get("issuer").asText();

        assertThat(Jwts.claims(viaLocalhost).get("iss").asText()).isEqualTo("http://127.0.0.1:" + emulator.port() + "/" + TENANT + "/v2.0");
        assertThat(Jwts.claims(viaLoopback).get("iss").asText()).isEqualTo(Jwts.claims(viaLocalhost).get("iss").asText());
        assertThat(issuerViaLocalhost).isEqualTo(emulator.issuer(TENANT));
        assertThat(client.get("/v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", viaLocalhost).status()).isEqualTo(200);
        assertThat(throughLocalhost.get("/v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", viaLoopback).status()).isEqualTo(200);
    }

    @Test
    void theBaseUriHasNoTrailingSlashAndCarriesTheBoundPort() {
        assertThat(emulator.baseUri().toString()).isEqualTo("http://127.0.0.1:" + emulator.port());
        assertThat(emulator.port()).isPositive();
        assertThat(emulator.issuer("common")).isEqualTo("http://127.0.0.1:" + emulator.port() + "/common/v2.0");
    }
}

package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerCenterCallsNeedABearerTokenOfThisEmulator {

    private static final String CUSTOMER = "/v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d";

    private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withClock(clock));
    private static final PartnerCenterClient client = partnerCenter.client();

    @Test
    void aValidAppOnlyTokenIsAccepted() {
        assertThat(client.get(CUSTOMER, client.appToken()).status()).isEqualTo(200);
    }

    @Test
    void aCallWithoutTokenIsUnauthorizedWithChallengesAndAnApiFault() {
        Reply reply = client.get(CUSTOMER, null, "MS-CorrelationId", "0f8fad5b-d9cb-469f-a165-70867728950e");

        assertUnauthorized(reply);
        assertThat(reply.headerValues("WWW-Authenticate"))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .contains("OAuth realm=urn:cpsvc:cpid:0f8fad5b-d9cb-469f-a165-70867728950e");
    }

    @Test
    void aBasicAuthorizationIsUnauthorized() {
        Reply reply = client.get(CUSTOMER, null, "Authorization", "Basic ZGVtby1wYXJ0bmVyOmRlbW8tcGFydG5lci1zZWNyZXQ=");

        assertUnauthorized(reply);
    }

    @Test
    void aTokenThatIsNotAJwtIsUnauthorized() {
        assertUnauthorized(client.get(CUSTOMER, "not-a-jwt"));
    }

    @Test
    void aTokenWithTamperedClaimsIsUnauthorized() {
        String token = client.appToken();
        JsonNode claims = Jwts.claims(token);
        String tampered = Jwts.withClaims(token, claims.toString().replace("\"demo-partner\"", "\"demo-reader\""));

        assertUnauthorized(client.get(CUSTOMER, tampered));
    }

    @Test
    void aTokenOfAnotherEmulatorIsUnauthorized() {
        try (PartnerCenterEmulator other = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0))) {
            String foreign = new PartnerCenterClient(other).appToken();

            assertUnauthorized(client.get(CUSTOMER, foreign));
        }
    }

    @Test
    void aTokenForPartnerCommerceIsNotATokenForPartnerCenter() {
        String token = client.appToken("demo-partner", "demo-partner-secret", "partner-commerce/.default");

        Reply reply = client.get(CUSTOMER, token);

        assertUnauthorized(reply);
        assertThat(reply.json().get("description").asText()).contains("audience");
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        String token = client.appToken();
        assertThat(client.get(CUSTOMER, token).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(61));
        try {
            Reply reply = client.get(CUSTOMER, token);

            assertUnauthorized(reply);
            assertThat(reply.json().get("description").asText()).contains("expired");
        } finally {
            clock.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    void theTokenEndpointAndDiscoveryNeedNoToken() {
        assertThat(client.get("/common/v2.0/.well-known/openid-configuration", null).status()).isEqualTo(200);
        assertThat(client.get("/common/discovery/v2.0/keys", null).status()).isEqualTo(200);
    }

    private static void assertUnauthorized(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isNotBlank();
        JsonNode fault = reply.json();
        assertThat(fault.get("code").asInt()).isEqualTo(400);
        assertThat(fault.get("description").asText()).startsWith("Access denied.");
        assertThat(fault.get("source").asText()).isEqualTo("PartnerFD");
        assertThat(fault.get("data").isArray()).isTrue();
    }
}

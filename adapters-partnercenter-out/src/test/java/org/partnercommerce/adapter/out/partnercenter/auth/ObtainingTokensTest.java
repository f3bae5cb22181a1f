package org.partnercommerce.adapter.out.partnercenter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.emulator.PartnerCenterEmulator;

/** Tokens from the emulator's Entra-ID-like endpoint, and how they are kept: real HTTP, no Quarkus. */
class ObtainingTokensTest {

    private static final String TENANT = "partner-commerce-demo";
    private static final String SCOPE = "https://api.partnercenter.microsoft.com/.default";
    private static final String SECRET = "demo-partner-secret";

    private static PartnerCenterEmulator emulator;
    private static URI tokenUrl;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-21T10:00:00Z"));
    private final InstantSource clock = now::get;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startEmulator() {
        emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0));
        tokenUrl = URI.create(emulator.baseUri() + "/" + TENANT + "/oauth2/v2.0/token");
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    private EntraIdTokenEndpoint appOnly(String secret) {
        return new EntraIdTokenEndpoint(tokenUrl, "demo-partner", Optional.ofNullable(secret), SCOPE, AuthMode.APP_ONLY,
                Optional.empty(), Duration.ofSeconds(2), Duration.ofSeconds(5), clock);
    }

    private EntraIdTokenEndpoint appUser(String refreshToken) {
        return new EntraIdTokenEndpoint(tokenUrl, "demo-partner", Optional.of(SECRET), SCOPE, AuthMode.APP_USER,
                Optional.of(refreshToken), Duration.ofSeconds(2), Duration.ofSeconds(5), clock);
    }

    private int get(String path, AccessToken token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUri() + path))
                .header("Authorization", token.authorizationHeader()).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void anAppOnlyTokenComesFromTheClientCredentialsAndOpensTheCatalog() throws Exception {
        AccessToken token = appOnly(SECRET).requestToken();

        assertThat(token.expiresAt()).isEqualTo(now.get().plusSeconds(3599));
        assertThat(get("/v1/products?country=US&targetView=OnlineServices", token)).isEqualTo(200);
        assertThat(get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", token)).isEqualTo(403);
    }

    @Test
    void anAppPlusUserTokenIsRedeemedFromTheRefreshTokenAndOpensAppPlusUserOnlyApis() throws Exception {
        AccessToken token = appUser("demo-partner-refresh-token").requestToken();

        assertThat(get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", token)).isEqualTo(200);
        assertThat(get("/v1/products?country=US&targetView=OnlineServices", token)).isEqualTo(200);
    }

    @Test
    void theRefreshTokenCanBeRedeemedAgainAndAgain() throws Exception {
        EntraIdTokenEndpoint endpoint = appUser("demo-partner-refresh-token");

        AccessToken first = endpoint.requestToken();
        AccessToken second = endpoint.requestToken();

        assertThat(second.value()).isNotEqualTo(first.value());
        assertThat(get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", second)).isEqualTo(200);
    }

    @Test
    void aRefusedSecretIsABadGatewayThatDoesNotRepeatTheSecret() {
        String wrongSecret = "not-the-secret-4f1c";

        assertThatThrownBy(() -> appOnly(wrongSecret).requestToken())
                .isInstanceOfSatisfying(PartnerCenterException.BadGateway.class, refused -> {
                    assertThat(refused.code()).isEqualTo("invalid_client");
                    assertThat(refused.getMessage()).doesNotContain(wrongSecret);
                });
    }

    @Test
    void anUnknownRefreshTokenIsABadGatewayThatDoesNotRepeatIt() {
        assertThatThrownBy(() -> appUser("a-refresh-token-nobody-issued").requestToken())
                .isInstanceOfSatisfying(PartnerCenterException.BadGateway.class, refused -> {
                    assertThat(refused.code()).isEqualTo("invalid_grant");
                    assertThat(refused.getMessage()).doesNotContain("a-refresh-token-nobody-issued");
                });
    }

    @Test
    void appOnlyTokensWithoutAConfiguredSecretNameTheMissingProperty() {
        assertThatThrownBy(() -> appOnly(null).requestToken())
                .isInstanceOf(PartnerCenterException.BadGateway.class)
                .hasMessageContaining("partnercommerce.partner-center.client-secret");
    }

    @Test
    void aTokenEndpointThatCannotBeReachedIsUnavailable() throws IOException {
        URI nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/" + TENANT + "/oauth2/v2.0/token");
        }
        EntraIdTokenEndpoint endpoint = new EntraIdTokenEndpoint(nobodyListens, "demo-partner", Optional.of(SECRET), SCOPE,
                AuthMode.APP_ONLY, Optional.empty(), Duration.ofSeconds(1), Duration.ofSeconds(1), clock);

        assertThatThrownBy(endpoint::requestToken).isInstanceOf(PartnerCenterException.Unavailable.class);
    }

    @Test
    void theTokenIsKeptUntilShortlyBeforeItExpiresAndThenRenewed() {
        CountingEndpoint endpoint = new CountingEndpoint(appOnly(SECRET));
        CachingTokenSource tokens = new CachingTokenSource(endpoint, clock);

        AccessToken first = tokens.token();
        now.set(now.get().plus(Duration.ofMinutes(50)));
        AccessToken stillTheFirst = tokens.token();
        now.set(first.expiresAt().minus(CachingTokenSource.MAX_REFRESH_MARGIN));
        AccessToken renewed = tokens.token();

        assertThat(stillTheFirst).isEqualTo(first);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(endpoint.requests.get()).isEqualTo(2);
    }

    @Test
    void manyCallersNeedingATokenAtOnceCauseOneRequest() throws Exception {
        CountingEndpoint endpoint = new CountingEndpoint(appOnly(SECRET));
        CachingTokenSource tokens = new CachingTokenSource(endpoint, clock);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AccessToken>> answers = new ArrayList<>();

        try (ExecutorService callers = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 16; i++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return tokens.token();
                }));
            }
            start.countDown();
            AccessToken first = answers.getFirst().get();
            for (Future<AccessToken> answer : answers) {
                assertThat(answer.get()).isEqualTo(first);
            }
        }
        assertThat(endpoint.requests.get()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenIsReplacedButNotOneThatWasAlreadyRenewed() {
        CountingEndpoint endpoint = new CountingEndpoint(appOnly(SECRET));
        CachingTokenSource tokens = new CachingTokenSource(endpoint, clock);

        AccessToken refused = tokens.token();
        tokens.invalidate(refused);
        AccessToken renewed = tokens.token();
        tokens.invalidate(refused);

        assertThat(renewed).isNotEqualTo(refused);
        assertThat(tokens.token()).isEqualTo(renewed);
        assertThat(endpoint.requests.get()).isEqualTo(2);
    }

    private static final class CountingEndpoint implements TokenEndpoint {

        private final TokenEndpoint real;
        private final AtomicInteger requests = new AtomicInteger();

        CountingEndpoint(TokenEndpoint real) {
            this.real = real;
        }

        @Override
        public AccessToken requestToken() {
            requests.incrementAndGet();
            return real.requestToken();
        }
    }
}

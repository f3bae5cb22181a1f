package org.partnercommerce.adapter.out.partnercenter.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.oidc.client.OidcClients;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.PartnerCenterEmulatorResource;
import org.partnercommerce.adapter.out.partnercenter.PartnerCenterSettings;
import org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter;
import org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter.Answer;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.testing.emulator.EmulatorControl;
import org.partnercommerce.testing.emulator.EmulatorTestResource;

/**
 * Tokens through the Quarkus OIDC client, over real HTTP: from the emulator's Entra-ID-like token
 * endpoint (what it issues and what it refuses), and from a scripted one (what is sent, how often,
 * and what a failing endpoint becomes).
 */
@QuarkusTest
@WithTestResource(PartnerCenterEmulatorResource.class)
class ObtainingTokensTest {

    private static final String SCOPE = "https://api.partnercenter.microsoft.com/.default";
    private static final String REFRESH_AHEAD = "partnercommerce.partner-center.token-refresh-ahead";

    private static ScriptedPartnerCenter scripted;

    @Inject
    OidcClients oidcClients;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTheScriptedTokenEndpoint() {
        scripted = ScriptedPartnerCenter.start();
    }

    @AfterAll
    static void stopTheScriptedTokenEndpoint() {
        scripted.close();
    }

    @AfterEach
    void clearTheScriptAndTheFaults() {
        scripted.scriptTokens();
        EmulatorControl.ofTestEmulator().disarmAll();
    }

    private static Map<String, String> emulatorAppOnly() {
        return settings(EmulatorTestResource.emulator().baseUri() + "/" + EmulatorTestResource.TENANT + "/oauth2/v2.0/token",
                EmulatorTestResource.CLIENT_SECRET);
    }

    private static Map<String, String> emulatorAppUser(String refreshToken) {
        return appUser(emulatorAppOnly(), refreshToken);
    }

    private static Map<String, String> scriptedAppOnly() {
        return settings(scripted.tokenUri().toString(), "scripted-secret");
    }

    private static Map<String, String> settings(String tokenUrl, String secret) {
        Map<String, String> settings = new HashMap<>();
        settings.put("partnercommerce.partner-center.token-url", tokenUrl);
        settings.put("partnercommerce.partner-center.client-id", EmulatorTestResource.CLIENT_ID);
        if (secret != null) {
            settings.put("partnercommerce.partner-center.client-secret", secret);
        }
        return settings;
    }

    private static Map<String, String> appUser(Map<String, String> settings, String refreshToken) {
        return with(with(settings, "partnercommerce.partner-center.auth", "app-user"), "partnercommerce.partner-center.refresh-token",
                refreshToken);
    }

    private static Map<String, String> with(Map<String, String> settings, String name, String value) {
        Map<String, String> more = new HashMap<>(settings);
        more.put(name, value);
        return more;
    }

    private OidcTokenSource source(Map<String, String> settings) {
        return OidcTokenSource.from(PartnerCenterSettings.of(settings), oidcClients);
    }

    private int get(String path, AccessToken token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(EmulatorTestResource.emulator().baseUri() + path))
                .header("Authorization", token.authorizationHeader()).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(field -> field.split("=", 2)).collect(Collectors.toMap(
                field -> URLDecoder.decode(field[0], StandardCharsets.UTF_8),
                field -> field.length < 2 ? "" : URLDecoder.decode(field[1], StandardCharsets.UTF_8)));
    }

    private static List<Map<String, String>> tokenForms() {
        return scripted.tokenRequests().stream().map(ObtainingTokensTest::form).toList();
    }

    @Test
    void anAppOnlyTokenComesFromTheClientCredentialsAndOpensTheCatalog() throws Exception {
        Instant asked = Instant.now();

        AccessToken token = source(emulatorAppOnly()).token();

        assertThat(token.expiresAt()).isBetween(Instant.ofEpochSecond(asked.getEpochSecond() + 3599), Instant.now().plusSeconds(3599));
        assertThat(get("/v1/products?country=US&targetView=OnlineServices", token)).isEqualTo(200);
        assertThat(get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", token)).isEqualTo(403);
    }

    @Test
    void anAppPlusUserTokenIsRedeemedFromTheRefreshTokenAndOpensAppPlusUserOnlyApis() throws Exception {
        AccessToken token = source(emulatorAppUser(EmulatorTestResource.REFRESH_TOKEN)).token();

        assertThat(get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", token)).isEqualTo(200);
        assertThat(get("/v1/products?country=US&targetView=OnlineServices", token)).isEqualTo(200);
    }

    @Test
    void theRequestIsWhatEntraIdExpectsOfAConfidentialClientWithTheSecretInTheForm() {
        source(scriptedAppOnly()).token();
        source(appUser(scriptedAppOnly(), "consented-refresh-token")).token();

        assertThat(tokenForms()).containsExactly(
                Map.of("grant_type", "client_credentials", "client_id", "demo-partner", "client_secret", "scripted-secret",
                        "scope", SCOPE),
                Map.of("grant_type", "refresh_token", "refresh_token", "consented-refresh-token", "client_id", "demo-partner",
                        "client_secret", "scripted-secret", "scope", SCOPE));
    }

    @Test
    void aTokenIsKeptWhileItIsFarFromExpiry() {
        OidcTokenSource tokens = source(scriptedAppOnly());

        AccessToken first = tokens.token();
        AccessToken again = tokens.token();

        assertThat(again).isEqualTo(first);
        assertThat(scripted.tokenRequests()).hasSize(1);
    }

    @Test
    void aTokenIsRenewedBeforeItExpiresOnceItIsWithinTheRefreshAheadInterval() {
        // The emulator's tokens live 3599 s: renewed an hour ahead, each one is due for renewal at once.
        OidcTokenSource tokens = source(with(emulatorAppOnly(), REFRESH_AHEAD, "1h"));

        AccessToken first = tokens.token();
        AccessToken renewed = tokens.token();

        assertThat(first.expiresAt()).isAfter(Instant.now().plus(Duration.ofMinutes(55)));
        assertThat(renewed).isNotEqualTo(first);
    }

    @Test
    void anAppPlusUserRenewalRedeemsTheRefreshTokenEntraIdHandedBackLast() {
        scripted.scriptTokens(Answer.json(200, """
                {"token_type":"Bearer","expires_in":3599,"access_token":"first-access","refresh_token":"rotated-once"}"""));
        OidcTokenSource tokens = source(with(appUser(scriptedAppOnly(), "consented-refresh-token"), REFRESH_AHEAD, "1h"));

        tokens.token();
        tokens.token();

        assertThat(tokenForms()).extracting(sent -> sent.get("refresh_token")).containsExactly("consented-refresh-token", "rotated-once");
    }

    @Test
    void aTokenPartnerCenterRefusedIsReplacedButNotOneThatWasAlreadyRenewed() {
        OidcTokenSource tokens = source(appUser(scriptedAppOnly(), "consented-refresh-token"));

        AccessToken refused = tokens.token();
        tokens.invalidate(refused);
        AccessToken renewed = tokens.token();
        tokens.invalidate(refused);

        assertThat(renewed).isNotEqualTo(refused);
        assertThat(tokens.token()).isEqualTo(renewed);
        assertThat(tokenForms()).hasSize(2);
        assertThat(tokenForms().getLast().get("refresh_token")).as("the refused token's refresh token is still good")
                .isNotEqualTo("consented-refresh-token").startsWith("scripted-refresh-");
    }

    @Test
    void manyCallersNeedingATokenAtOnceCauseOneRequest() throws Exception {
        OidcTokenSource tokens = source(scriptedAppOnly());
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
        assertThat(scripted.tokenRequests()).hasSize(1);
    }

    @Test
    void aRefusedSecretIsABadGatewayThatDoesNotRepeatTheSecret() {
        String wrongSecret = "not-the-secret-4f1c";

        assertThatThrownBy(() -> source(with(emulatorAppOnly(), "partnercommerce.partner-center.client-secret", wrongSecret)).token())
                .isInstanceOfSatisfying(PartnerCenterException.BadGateway.class, refused -> {
                    assertThat(refused.code()).isEqualTo("invalid_client");
                    assertThat(refused.getMessage()).doesNotContain(wrongSecret);
                });
    }

    @Test
    void anUnknownRefreshTokenIsABadGatewayThatDoesNotRepeatIt() {
        assertThatThrownBy(() -> source(emulatorAppUser("a-refresh-token-nobody-issued")).token())
                .isInstanceOfSatisfying(PartnerCenterException.BadGateway.class, refused -> {
                    assertThat(refused.code()).isEqualTo("invalid_grant");
                    assertThat(refused.getMessage()).doesNotContain("a-refresh-token-nobody-issued");
                });
    }

    @Test
    void missingCredentialsNameThePropertyToSet() {
        Map<String, String> noSecret = settings(scripted.tokenUri().toString(), null);

        assertThatThrownBy(() -> source(noSecret).token()).isInstanceOf(PartnerCenterException.BadGateway.class)
                .hasMessageContaining("partnercommerce.partner-center.client-secret");
        assertThatThrownBy(() -> source(with(scriptedAppOnly(), "partnercommerce.partner-center.auth", "app-user")).token())
                .isInstanceOf(PartnerCenterException.BadGateway.class)
                .hasMessageContaining("partnercommerce.partner-center.refresh-token");
        assertThat(scripted.tokenRequests()).isEmpty();
    }

    @Test
    void aTokenEndpointThatCannotBeReachedIsUnavailable() throws IOException {
        String nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = "http://127.0.0.1:" + socket.getLocalPort() + "/" + EmulatorTestResource.TENANT + "/oauth2/v2.0/token";
        }

        assertThatThrownBy(() -> source(settings(nobodyListens, "any-secret")).token())
                .isInstanceOf(PartnerCenterException.Unavailable.class);
    }

    @Test
    void aTokenEndpointThatFailsWithoutAnOAuthErrorIsUnavailable() {
        EmulatorControl.ofTestEmulator().arm(Map.of("method", "POST", "path", "/*/oauth2/v2.0/token", "kind", "status", "status", 503,
                "count", 1));
        scripted.scriptTokens(Answer.status(502), Answer.json(503, """
                {"error":"temporarily_unavailable","error_description":"AADSTS90033: A transient error has occurred."}"""));

        assertThatThrownBy(() -> source(emulatorAppOnly()).token()).as("the emulator's 503")
                .isInstanceOf(PartnerCenterException.Unavailable.class);
        assertThatThrownBy(() -> source(scriptedAppOnly()).token()).as("a gateway's empty 502")
                .isInstanceOf(PartnerCenterException.Unavailable.class);
        assertThatThrownBy(() -> source(scriptedAppOnly()).token()).as("Entra ID saying it is in trouble")
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class,
                        unavailable -> assertThat(unavailable.code()).isEqualTo("temporarily_unavailable"));
    }

    @Test
    void aTokenEndpointThatDoesNotAnswerInTimeIsUnavailable() {
        scripted.scriptTokens(Answer.json(200, "{}").after(Duration.ofSeconds(3)));
        OidcTokenSource tokens = source(with(scriptedAppOnly(), "partnercommerce.partner-center.read-timeout", "500ms"));

        assertThatThrownBy(tokens::token).isInstanceOfSatisfying(PartnerCenterException.Unavailable.class,
                late -> assertThat(late.getMessage()).contains("500 ms"));
    }
}

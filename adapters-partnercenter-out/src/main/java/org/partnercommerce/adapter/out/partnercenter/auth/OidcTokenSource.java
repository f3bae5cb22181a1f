package org.partnercommerce.adapter.out.partnercenter.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.OidcClientException;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.oidc.client.runtime.DisabledOidcClientException;
import io.quarkus.oidc.client.runtime.OidcClientConfig;
import io.quarkus.oidc.client.runtime.OidcClientConfig.Grant;
import io.quarkus.oidc.common.runtime.config.OidcClientCommonConfig.Credentials.Secret;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.DecodeException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.out.partnercenter.PartnerCenterConfig;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterException.BadGateway;
import org.partnercommerce.application.port.out.PartnerCenterException.Unavailable;

/**
 * Partner Center's tokens from Microsoft Entra ID's v2 token endpoint, through the Quarkus OIDC
 * client: the client credentials grant for app-only tokens, the refresh-token grant for App+User
 * tokens (the Secure Application Model: the refresh token consented once, then the newest one Entra
 * ID hands back with each redemption, kept in memory only). The request is what Entra ID expects of
 * a confidential client: {@code client_id} and {@code client_secret} in the form, and the
 * {@code scope} ({@code https://api.partnercenter.microsoft.com/.default}); no discovery, the token
 * endpoint is configured whole.
 *
 * <p>A token is kept until {@code partnercommerce.partner-center.token-refresh-ahead} before it
 * expires (the OIDC client's refresh-token time skew) and then renewed. One thread asks the token
 * endpoint while the others wait for its answer; a lock rather than {@code synchronized}, so that a
 * virtual thread waiting on the exchange does not pin its carrier. What the OIDC client has no word
 * for stays here: Partner Center refused a token (401), so it is not handed out again.
 *
 * <p>Blocking: the Partner Center adapters call on worker threads, and wait at most the read timeout
 * for the token endpoint. Its failures become port exceptions as every Partner Center failure does:
 * credentials refused (an OAuth error answer) are a {@link BadGateway}; an endpoint that cannot be
 * reached, does not answer in time, or fails without an OAuth error (a gateway's 502 page, an empty
 * 503) is {@link Unavailable}, which the caller retries. Neither the secret, the refresh token nor the
 * access token is ever logged or put in an exception message.
 */
public final class OidcTokenSource implements TokenSource {

    /** The OIDC client's id, which its own log lines name. */
    private static final String CLIENT_ID = "partner-center";

    private static final Logger LOG = Logger.getLogger(OidcTokenSource.class);
    private static final int MAX_ERROR_TEXT = 300;
    /** The OAuth errors (RFC 6749 §4.1.2.1) that say the endpoint is in trouble, not that the credentials are wrong. */
    private static final Set<String> ENDPOINT_TROUBLE = Set.of("temporarily_unavailable", "server_error");
    private static final String NO_USABLE_ANSWER = "The token endpoint could not be reached, or failed without saying why.";

    private final Uni<OidcClient> client;
    private final AuthMode mode;
    private final String consentedRefreshToken;
    private final Duration timeout;
    private final String misconfiguration;
    private final ReentrantLock renewal = new ReentrantLock();

    private volatile Held held;

    private OidcTokenSource(Uni<OidcClient> client, AuthMode mode, String consentedRefreshToken, Duration timeout,
                            String misconfiguration) {
        this.client = client;
        this.mode = mode;
        this.consentedRefreshToken = consentedRefreshToken;
        this.timeout = timeout;
        this.misconfiguration = misconfiguration;
    }

    /** A source for this configuration, its OIDC client made by {@code clients} (once, when first needed). */
    public static OidcTokenSource from(PartnerCenterConfig config, OidcClients clients) {
        Optional<String> secret = config.clientSecret().filter(value -> !value.isBlank());
        Optional<String> refreshToken = config.refreshToken().filter(value -> !value.isBlank());
        String misconfiguration = switch (config.auth()) {
            case APP_ONLY -> secret.isEmpty()
                    ? "App-only tokens need a client secret: set partnercommerce.partner-center.client-secret." : null;
            case APP_USER -> refreshToken.isEmpty()
                    ? "App+User tokens need a refresh token: set partnercommerce.partner-center.refresh-token." : null;
        };
        Uni<OidcClient> client = Uni.createFrom().deferred(() -> clients.newClient(clientConfig(config, secret)))
                .memoize().indefinitely();
        return new OidcTokenSource(client, config.auth(), refreshToken.orElse(null), config.readTimeout(), misconfiguration);
    }

    private static OidcClientConfig clientConfig(PartnerCenterConfig config, Optional<String> secret) {
        var builder = OidcClientConfig.builder()
                .id(CLIENT_ID)
                .discoveryEnabled(false)
                .tokenPath(config.tokenUrl().toString())
                .clientId(config.clientId())
                .scopes(config.scope())
                .grant(config.auth() == AuthMode.APP_USER ? Grant.Type.REFRESH : Grant.Type.CLIENT)
                .refreshTokenTimeSkew(config.tokenRefreshAhead())
                .connectionTimeout(config.connectTimeout())
                // Retries are ResilientCaller's, with its backoff, spans and metrics: of the client's own retries of a
                // connection that failed (3 by default, hidden under those) it keeps the least it takes (0 is refused).
                .connectionRetryCount(1);
        secret.ifPresent(value -> builder.credentials().clientSecret(value, Secret.Method.POST).end());
        return builder.build();
    }

    @Override
    public AccessToken token() {
        if (misconfiguration != null) {
            throw new BadGateway(null, misconfiguration);
        }
        Held current = held;
        if (current != null && current.usable()) {
            return current.token();
        }
        renewal.lock();
        try {
            current = held;
            if (current != null && current.usable()) {
                return current.token();
            }
            Held renewed = obtain(current);
            held = renewed;
            return renewed.token();
        } finally {
            renewal.unlock();
        }
    }

    @Override
    public void invalidate(AccessToken rejected) {
        renewal.lock();
        try {
            // Only the rejected token: another thread may already have replaced it with a good one. Its
            // refresh token is kept, for the next App+User redemption.
            Held current = held;
            if (current != null && current.token().equals(rejected)) {
                held = current.rejected();
            }
        } finally {
            renewal.unlock();
        }
    }

    private Held obtain(Held previous) {
        String refreshToken = previous == null ? consentedRefreshToken : previous.refreshToken();
        Tokens tokens = await(mode == AuthMode.APP_USER
                ? client.chain(oidc -> oidc.refreshTokens(refreshToken))
                : client.chain(oidc -> oidc.getTokens()));
        if (tokens.getAccessToken() == null || tokens.getAccessToken().isBlank()) {
            throw new BadGateway(null, "The token endpoint answered without an access token.");
        }
        if (tokens.getAccessTokenExpiresAt() == null) {
            throw new BadGateway(null, "The token endpoint answered without saying when the token expires.");
        }
        Instant expiresAt = Instant.ofEpochSecond(tokens.getAccessTokenExpiresAt());
        LOG.debugf("Obtained a %s token for Partner Center, valid until %s", mode, expiresAt);
        String nextRefreshToken = tokens.getRefreshToken() != null ? tokens.getRefreshToken() : refreshToken;
        return new Held(tokens, new AccessToken(tokens.getAccessToken(), expiresAt), nextRefreshToken, false);
    }

    private Tokens await(Uni<Tokens> request) {
        try {
            return request.await().atMost(timeout);
        } catch (TimeoutException late) {
            throw new Unavailable(null, "The token endpoint did not answer within " + timeout.toMillis() + " ms.", null);
        } catch (OidcClientException failed) {
            throw translate(failed.getMessage());
        } catch (DecodeException unreadable) {
            throw new BadGateway(null, "The token endpoint answered a body this service cannot read.");
        } catch (DisabledOidcClientException notConfigured) {
            throw new BadGateway(null, "The token client could not be configured (" + notConfigured.getMessage()
                    + "): check partnercommerce.partner-center.token-url.");
        } catch (RuntimeException unusable) {
            if (unusable instanceof CompletionException && unusable.getCause() instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new Unavailable(null, "Interrupted while waiting for the token endpoint.", null);
            }
            // For one: an error answer with an empty body makes the OIDC client (3.34) fail with a NullPointerException.
            LOG.warnf("The token endpoint's answer could not be used: %s", unusable);
            LOG.debug("The token endpoint's answer could not be used", unusable);
            throw new Unavailable(null, NO_USABLE_ANSWER, null);
        }
    }

    /**
     * The OIDC client fails with the error answer's body as its message, or with a message of its own
     * when it got no answer. An OAuth error answer names its {@code error}: the credentials were
     * refused, unless the error says the endpoint is in trouble. Anything else means no usable answer.
     */
    private PartnerCenterException translate(String message) {
        JsonNode answer = parse(message);
        String error = text(answer, "error");
        if (error == null) {
            return new Unavailable(null, NO_USABLE_ANSWER, null);
        }
        String description = shorten(text(answer, "error_description"));
        String detail = error + (description == null ? "" : ": " + description);
        if (ENDPOINT_TROUBLE.contains(error)) {
            return new Unavailable(error, "The token endpoint is unavailable (" + detail + ").", null);
        }
        LOG.warnf("The token endpoint refused this service's %s credentials: %s", mode, detail);
        return new BadGateway(error, "The token endpoint refused this service's Partner Center credentials (" + detail + ").");
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? PartnerCenterJson.MAPPER.missingNode() : PartnerCenterJson.MAPPER.readTree(body);
        } catch (IOException unreadable) {
            return PartnerCenterJson.MAPPER.missingNode();
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.path(field);
        return value.isValueNode() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String firstLine = text.lines().findFirst().orElse("").trim();
        return firstLine.length() <= MAX_ERROR_TEXT ? firstLine : firstLine.substring(0, MAX_ERROR_TEXT) + "...";
    }

    /**
     * The tokens last obtained: the access token handed out, the refresh token to redeem next (App+User),
     * and whether Partner Center refused the access token.
     */
    private record Held(Tokens tokens, AccessToken token, String refreshToken, boolean refused) {

        Held {
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(token, "token");
        }

        /** Not refused, not expired, and not yet within the refresh-ahead interval before expiry. */
        boolean usable() {
            return !refused && !tokens.isAccessTokenExpired() && !tokens.isAccessTokenWithinRefreshInterval();
        }

        Held rejected() {
            return new Held(tokens, token, refreshToken, true);
        }
    }
}

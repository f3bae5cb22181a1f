package org.partnercommerce.adapter.out.partnercenter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.auth.AuthMode;

/**
 * How this service reaches Partner Center: where it is, how it gets its tokens, how long it
 * waits and how hard it retries. The REST clients and the OIDC client that gets the tokens are
 * built from this alone, so no {@code quarkus.rest-client.*} or {@code quarkus.oidc-client.*}
 * property is needed.
 */
@ConfigMapping(prefix = "partnercommerce.partner-center")
public interface PartnerCenterConfig {

    /** Partner Center's base URL, without {@code /v1}. */
    @WithDefault("https://api.partnercenter.microsoft.com")
    URI url();

    /** The full Entra ID v2 token endpoint, e.g. {@code https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token}. */
    URI tokenUrl();

    String clientId();

    /** Required for app-only tokens; sent with the refresh-token grant when present. */
    Optional<String> clientSecret();

    @WithDefault("https://api.partnercenter.microsoft.com/.default")
    String scope();

    /** {@code app-only} (client credentials) or {@code app-user} (a refresh token, Secure Application Model). */
    @WithDefault("app-only")
    AuthMode auth();

    /** For {@code app-user}: the refresh token consented once, interactively, with MFA. */
    Optional<String> refreshToken();

    /**
     * A token is renewed this long before it expires (the OIDC client's refresh-token time skew), so
     * that no call goes out with a token about to lapse. Entra ID's tokens live 60 to 90 minutes.
     */
    @WithDefault("5m")
    Duration tokenRefreshAhead();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long one attempt may wait for Partner Center's answer. */
    @WithDefault("30s")
    Duration readTimeout();

    Retry retry();

    CircuitBreaker circuitBreaker();

    interface Retry {

        /** Attempts per logical call, the first included. */
        @WithDefault("4")
        int maxAttempts();

        /**
         * No retry is begun whose wait would end later than this after the first attempt began. An
         * attempt under way is not cut short, so a call can last up to this plus one read timeout.
         */
        @WithDefault("10s")
        Duration maxDuration();

        /** The cap of the first backoff; it doubles per retry, up to {@link #maxBackoff()}, with full jitter. */
        @WithDefault("200ms")
        Duration initialBackoff();

        @WithDefault("2s")
        Duration maxBackoff();
    }

    interface CircuitBreaker {

        /** Failed attempts in a row (408, 429, 5xx, I/O) that open the circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit refuses calls before one trial call may pass. */
        @WithDefault("30s")
        Duration openDuration();
    }
}

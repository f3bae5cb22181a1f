package org.partnercommerce.adapter.out.partnercenter.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.out.partnercenter.PartnerCenterConfig;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.adapter.out.partnercenter.http.RetryAfter;
import org.partnercommerce.application.port.out.PartnerCenterException;

/**
 * The Microsoft Entra ID v2 token endpoint ({@code POST .../oauth2/v2.0/token}, a form): client
 * credentials for app-only tokens, the refresh-token grant for App+User tokens. Entra ID hands out
 * a new refresh token with every redemption; the newest one is kept (in memory only) and used next.
 *
 * <p>The JDK's HTTP client keeps this small and usable without Quarkus. Neither the secret, the
 * refresh token nor the access token is ever logged or put in an exception message.
 */
public final class EntraIdTokenEndpoint implements TokenEndpoint {

    private static final Logger LOG = Logger.getLogger(EntraIdTokenEndpoint.class);
    private static final int MAX_ERROR_TEXT = 300;

    private final URI tokenUrl;
    private final String clientId;
    private final String clientSecret;
    private final String scope;
    private final AuthMode mode;
    private final AtomicReference<String> refreshToken;
    private final Duration readTimeout;
    private final InstantSource clock;
    private final HttpClient http;

    public EntraIdTokenEndpoint(URI tokenUrl, String clientId, Optional<String> clientSecret, String scope, AuthMode mode,
                                Optional<String> refreshToken, Duration connectTimeout, Duration readTimeout,
                                InstantSource clock) {
        this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = clientSecret.filter(secret -> !secret.isBlank()).orElse(null);
        this.scope = Objects.requireNonNull(scope, "scope");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.refreshToken = new AtomicReference<>(refreshToken.filter(token -> !token.isBlank()).orElse(null));
        this.readTimeout = readTimeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static EntraIdTokenEndpoint from(PartnerCenterConfig config, InstantSource clock) {
        return new EntraIdTokenEndpoint(config.tokenUrl(), config.clientId(), config.clientSecret(), config.scope(),
                config.auth(), config.refreshToken(), config.connectTimeout(), config.readTimeout(), clock);
    }

    @Override
    public AccessToken requestToken() {
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(readTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(grant())))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PartnerCenterException.Unavailable(null,
                    "The token endpoint could not be reached (" + e.getClass().getSimpleName() + ").", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerCenterException.Unavailable(null, "Interrupted while waiting for the token endpoint.", null);
        }
        return read(response);
    }

    private Map<String, String> grant() {
        Map<String, String> form = new LinkedHashMap<>();
        switch (mode) {
            case APP_ONLY -> {
                if (clientSecret == null) {
                    throw new PartnerCenterException.BadGateway(null, "App-only tokens need a client secret: "
                            + "set partnercommerce.partner-center.client-secret.");
                }
                form.put("grant_type", "client_credentials");
            }
            case APP_USER -> {
                String current = refreshToken.get();
                if (current == null) {
                    throw new PartnerCenterException.BadGateway(null, "App+User tokens need a refresh token: "
                            + "set partnercommerce.partner-center.refresh-token.");
                }
                form.put("grant_type", "refresh_token");
                form.put("refresh_token", current);
            }
        }
        form.put("client_id", clientId);
        if (clientSecret != null) {
            form.put("client_secret", clientSecret);
        }
        form.put("scope", scope);
        return form;
    }

    private AccessToken read(HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode body = parse(response.body());
        if (status == 200) {
            String accessToken = text(body, "access_token");
            if (accessToken == null) {
                throw new PartnerCenterException.BadGateway(null, "The token endpoint answered without an access token.");
            }
            long expiresIn = body.path("expires_in").asLong(0);
            if (expiresIn <= 0) {
                throw new PartnerCenterException.BadGateway(null, "The token endpoint answered without a usable expires_in.");
            }
            String rotated = text(body, "refresh_token");
            if (mode == AuthMode.APP_USER && rotated != null) {
                refreshToken.set(rotated);
            }
            LOG.debugf("Obtained a %s token for Partner Center, valid for %d s", mode, expiresIn);
            return new AccessToken(accessToken, clock.instant().plusSeconds(expiresIn));
        }
        String error = text(body, "error");
        String description = shorten(text(body, "error_description"));
        String detail = (error == null ? "HTTP " + status : error) + (description == null ? "" : ": " + description);
        if (status == 408 || status == 429 || status >= 500) {
            Duration retryAfter = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
            throw new PartnerCenterException.Unavailable(error, "The token endpoint is unavailable (" + detail + ").", retryAfter);
        }
        LOG.warnf("The token endpoint refused this service's %s credentials for client %s: %s", mode, clientId, detail);
        throw new PartnerCenterException.BadGateway(error,
                "The token endpoint refused this service's Partner Center credentials (" + detail + ").");
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

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

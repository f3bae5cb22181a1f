package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.wire.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A plain {@link HttpClient} against a running emulator, with the token requests the tests need. */
final class PartnerCenterClient {

    static final String TENANT = "contoso-partner.onmicrosoft.com";
    static final String PARTNER_CENTER_SCOPE = "https://api.partnercenter.microsoft.com/.default";
    static final String USER_IMPERSONATION_SCOPE = "https://api.partnercenter.microsoft.com/user_impersonation";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<URI> base;

    PartnerCenterClient(PartnerCenterEmulator emulator) {
        this(emulator.baseUri());
    }

    PartnerCenterClient(URI base) {
        this(() -> base);
    }

    /** Against the base URI as it is when a request is sent: an emulator not started yet. */
    PartnerCenterClient(Supplier<URI> base) {
        this.base = base;
    }

    static Map<String, String> form(String... namesAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    Reply token(String tenant, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request("/" + tenant + "/oauth2/v2.0/token", headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    String appToken(String clientId, String secret, String scope) {
        Reply reply = token(TENANT, form("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret, "scope", scope));
        if (reply.status() != 200) {
            throw new AssertionError("No token for " + clientId + ": " + reply);
        }
        return reply.json().get("access_token").asText();
    }

    /** An app-only Partner Center token of {@code demo-partner}. */
    String appToken() {
        return appToken("demo-partner", "demo-partner-secret", PARTNER_CENTER_SCOPE);
    }

    /** An App+User Partner Center token, redeemed from the seeded refresh token. */
    String userToken() {
        Reply reply = token(TENANT, form("grant_type", "refresh_token", "client_id", "demo-partner", "client_secret", "demo-partner-secret",
                "refresh_token", "demo-partner-refresh-token", "scope", USER_IMPERSONATION_SCOPE));
        if (reply.status() != 200) {
            throw new AssertionError("No user token: " + reply);
        }
        return reply.json().get("access_token").asText();
    }

    Reply get(String pathAndQuery, String token, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery, headers).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Reply post(String pathAndQuery, String token, String json, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery, headers)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Reply put(String pathAndQuery, String token, String json, String... headers) {
        return send("PUT", pathAndQuery, token, json, headers);
    }

    /** Any method, with a JSON body (null: none). */
    Reply send(String method, String pathAndQuery, String token, String json, String... headers) {
        HttpRequest.Builder request = request(pathAndQuery, headers)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    Reply send(String method, String pathAndQuery, String token) {
        HttpRequest.Builder request = request(pathAndQuery).method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    private HttpRequest.Builder request(String pathAndQuery, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.get() + pathAndQuery)).timeout(Duration.ofSeconds(10));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** A response: status, headers (names in any case) and body. */
    record Reply(int status, Map<String, List<String>> headers, String body) {

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException notJson) {
                throw new AssertionError("Not JSON: " + body, notJson);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst().orElse(null);
        }

        List<String> headerValues(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}

package org.partnercommerce.emulator.token;

import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.wire.Json;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenID Connect discovery for a tenant ({@code /{tenant}/v2.0/.well-known/openid-configuration})
 * and its signing keys ({@code /{tenant}/discovery/v2.0/keys}), shaped like Entra ID v2's.
 * Only the token endpoint and the keys are served; the other endpoints are named because the
 * discovery format requires them.
 */
public final class DiscoveryEndpoints {

    private final URI baseUri;
    private final AccessTokens tokens;

    public DiscoveryEndpoints(URI baseUri, AccessTokens tokens) {
        this.baseUri = baseUri;
        this.tokens = tokens;
    }

    public Response openIdConfiguration(Request request) {
        String tenant = request.pathParameter("tenant");
        String tenantBase = baseUri + "/" + tenant;
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("token_endpoint", tenantBase + "/oauth2/v2.0/token");
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_post", "client_secret_basic"));
        document.put("jwks_uri", tenantBase + "/discovery/v2.0/keys");
        document.put("response_modes_supported", List.of("query", "fragment", "form_post"));
        document.put("subject_types_supported", List.of("pairwise"));
        document.put("id_token_signing_alg_values_supported", List.of(SigningKey.ALGORITHM));
        document.put("response_types_supported", List.of("code", "id_token", "code id_token", "id_token token"));
        document.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
        document.put("grant_types_supported", List.of("client_credentials", "refresh_token"));
        document.put("issuer", tokens.issuer(tenant));
        document.put("request_uri_parameter_supported", false);
        document.put("authorization_endpoint", tenantBase + "/oauth2/v2.0/authorize");
        document.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "nbf", "tid", "oid", "upn", "name",
                "azp", "appid", "idtyp", "roles", "scp", "amr", "ver", "jti", "partner_id"));
        document.put("tenant_region_scope", "NA");
        document.put("cloud_instance_name", "microsoftonline.com");
        return Json.ok(document);
    }

    public Response keys(Request request) {
        return Json.ok(Map.of("keys", List.of(tokens.key().jwk())));
    }
}

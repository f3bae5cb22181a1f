package org.partnercommerce.emulator.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.partnercommerce.emulator.http.Parameters;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.UnreadableBody;
import org.partnercommerce.emulator.token.RequestedScope.Permission;
import org.partnercommerce.emulator.token.RequestedScope.Resource;
import org.partnercommerce.emulator.wire.Json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code POST /{tenant}/oauth2/v2.0/token}, Entra ID v2 shaped: the client credentials grant
 * (app-only) and the refresh token grant (App+User, the Secure Application Model). The client
 * authenticates with {@code client_id} and {@code client_secret} in the form or with HTTP Basic.
 */
public final class TokenEndpoint {

    static final int EXPIRES_IN_SECONDS = 3599;

    private final Directory directory;
    private final AccessTokens tokens;

    public TokenEndpoint(Directory directory, AccessTokens tokens) {
        this.directory = directory;
        this.tokens = tokens;
    }

    public Response token(Request request) {
        String tenant = request.pathParameter("tenant");
        Parameters form = form(request);
        String grantType = form.firstNonBlank("grant_type").orElseThrow(() -> TokenRequestRejected.missingParameter("grant_type"));
        if (!grantType.equals("client_credentials") && !grantType.equals("refresh_token")) {
            throw TokenRequestRejected.unsupportedGrantType(grantType);
        }
        ConfidentialClient client = authenticate(request, form, tenant);
        return grantType.equals("client_credentials")
                ? clientCredentials(tenant, client, form)
                : refreshToken(tenant, client, form);
    }

    /** Entra answers a GET on the token endpoint with 400 invalid_request, not 405. */
    public Response tokenByGet(Request request) {
        throw TokenRequestRejected.invalidRequest(900561, "The endpoint only accepts POST, OPTIONS requests. Received a GET request.");
    }

    private Response clientCredentials(String tenant, ConfidentialClient client, Parameters form) {
        RequestedScope scope = RequestedScope.parse(form.first("scope").orElse(null));
        if (scope.permission() != Permission.DEFAULT) {
            throw TokenRequestRejected.invalidScope(1002012, "The provided value for scope " + scope.text() + " is not valid. "
                    + "Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", servicePrincipalId(client));
        claims.putAll(applicationClaims(client, IdentityType.APP));
        if (scope.resource() == Resource.PARTNER_COMMERCE) {
            claims.put("roles", client.roles());
            client.indirectResellerPartnerId().ifPresent(partnerId -> claims.put("partner_id", partnerId));
        }
        return answer(new TokenResponse("Bearer", EXPIRES_IN_SECONDS, EXPIRES_IN_SECONDS,
                tokens.sign(tenant, scope.resource().audience(), claims), null));
    }

    private Response refreshToken(String tenant, ConfidentialClient client, Parameters form) {
        String refreshToken = form.firstNonBlank("refresh_token").orElseThrow(() -> TokenRequestRejected.missingParameter("refresh_token"));
        RefreshGrant grant = directory.refreshGrant(refreshToken).orElseThrow(() -> TokenRequestRejected.invalidGrant(9002313,
                "Invalid request. Request is malformed or invalid: the refresh token is not known."));
        if (!grant.clientId().equals(client.clientId())) {
            throw TokenRequestRejected.invalidGrant(70000, "Provided grant is invalid or malformed: the refresh token was issued to another client.");
        }
        RequestedScope scope = RequestedScope.parse(form.first("scope").orElse(null));
        if (scope.resource() != Resource.PARTNER_CENTER) {
            throw TokenRequestRejected.invalidScope(70011, "The provided value for the input parameter 'scope' is not valid. "
                    + "The refresh token grants access to Partner Center (" + Resource.PARTNER_CENTER.audience() + ") only.");
        }
        DirectoryUser user = directory.user(grant.userPrincipalName()).orElseThrow(() -> TokenRequestRejected.invalidGrant(50034,
                "The user account " + grant.userPrincipalName() + " does not exist in the directory."));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", UUID.nameUUIDFromBytes((user.objectId() + "|" + client.clientId()).getBytes(StandardCharsets.UTF_8)).toString());
        claims.put("oid", user.objectId());
        claims.put("upn", user.userPrincipalName());
        claims.put("name", user.displayName());
        claims.put("scp", "user_impersonation");
        claims.put("amr", List.of("pwd", "mfa"));
        claims.putAll(applicationClaims(client, IdentityType.USER));
        return answer(new TokenResponse("Bearer", EXPIRES_IN_SECONDS, EXPIRES_IN_SECONDS,
                tokens.sign(tenant, scope.resource().audience(), claims), directory.issueRefreshToken(grant)));
    }

    private static Map<String, Object> applicationClaims(ConfidentialClient client, IdentityType identityType) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("azp", client.clientId());
        claims.put("appid", client.clientId());
        claims.put("azpacr", "1");
        claims.put("idtyp", identityType.claim());
        return claims;
    }

    private static String servicePrincipalId(ConfidentialClient client) {
        return UUID.nameUUIDFromBytes(("service-principal|" + client.clientId()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private ConfidentialClient authenticate(Request request, Parameters form, String tenant) {
        String clientId = form.firstNonBlank("client_id").orElse(null);
        String secret = form.first("client_secret").orElse(null);
        String authorization = request.header("Authorization").orElse("");
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] basic = basicCredentials(authorization.substring(6).trim());
            if (clientId != null && !clientId.equals(basic[0])) {
                throw TokenRequestRejected.invalidRequest(90014,
                        "The client_id in the request body does not match the client authenticated with HTTP Basic.");
            }
            clientId = basic[0];
            secret = basic[1];
        }
        if (clientId == null) {
            throw TokenRequestRejected.missingParameter("client_id");
        }
        String id = clientId;
        ConfidentialClient client = directory.client(id).orElseThrow(() -> TokenRequestRejected.unauthorizedClient(700016,
                "Application with identifier '" + id + "' was not found in the directory '" + tenant + "'. This can happen if the "
                        + "application has not been installed by the administrator of the tenant or consented to by any user in the tenant."));
        if (secret == null || secret.isEmpty()) {
            throw TokenRequestRejected.invalidClient(7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
        }
        if (!client.hasSecret(secret)) {
            throw TokenRequestRejected.invalidClient(7000215, "Invalid client secret provided. Ensure the secret being sent in the request "
                    + "is the client secret value, not the client secret ID, for a secret added to app '" + id + "'.");
        }
        return client;
    }

    /** RFC 6749 §2.3.1: both parts are form-urlencoded before they are joined and base64-encoded. */
    private static String[] basicCredentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("no colon");
            }
            return new String[]{
                    URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException malformed) {
            throw TokenRequestRejected.invalidRequest(90014, "The Authorization header is not valid HTTP Basic client authentication.");
        }
    }

    private static Parameters form(Request request) {
        try {
            return Parameters.parse(request.bodyText());
        } catch (UnreadableBody malformed) {
            throw TokenRequestRejected.invalidRequest(900144, "The request body must be application/x-www-form-urlencoded: " + malformed.getMessage());
        }
    }

    private static Response answer(TokenResponse body) {
        return Json.ok(body).withHeader("Cache-Control", "no-store, no-cache").withHeader("Pragma", "no-cache");
    }

    record TokenResponse(@JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") int expiresIn,
                         @JsonProperty("ext_expires_in") int extExpiresIn,
                         @JsonProperty("access_token") String accessToken,
                         @JsonProperty("refresh_token") String refreshToken) {
    }
}

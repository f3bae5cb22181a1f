package org.partnercommerce.emulator.token;

import com.fasterxml.jackson.core.type.TypeReference;
import org.partnercommerce.emulator.wire.Json;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Signs and verifies the emulator's RS256 JWTs (no JWT library: header and claims are JSON,
 * base64url-encoded, signed with SHA256withRSA). The issuer is always derived from the bound
 * base URI, never from a request's Host header, so a token fetched through {@code localhost}
 * verifies the same as one fetched through {@code 127.0.0.1}.
 */
public final class AccessTokens {

    public static final Duration LIFETIME = Duration.ofHours(1);

    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final SigningKey key;
    private final URI baseUri;
    private final Clock clock;

    public AccessTokens(SigningKey key, URI baseUri, Clock clock) {
        this.key = key;
        this.baseUri = baseUri;
        this.clock = clock;
    }

    public String issuer(String tenant) {
        return baseUri + "/" + tenant + "/v2.0";
    }

    public SigningKey key() {
        return key;
    }

    /**
     * A signed token for the tenant and audience: {@code iss, aud, tid, iat, nbf, exp, jti, ver}
     * are set here, the subject's claims come from the grant.
     */
    public String sign(String tenant, String audience, Map<String, Object> subjectClaims) {
        long issuedAt = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audience);
        claims.put("iss", issuer(tenant));
        claims.put("iat", issuedAt);
        claims.put("nbf", issuedAt);
        claims.put("exp", issuedAt + LIFETIME.toSeconds());
        claims.putAll(subjectClaims);
        claims.put("tid", tenant);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("ver", "2.0");
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("typ", "JWT");
        header.put("alg", SigningKey.ALGORITHM);
        header.put("kid", key.keyId());
        String signingInput = SigningKey.Base64Url.encode(Json.write(header)) + "." + SigningKey.Base64Url.encode(Json.write(claims));
        return signingInput + "." + SigningKey.Base64Url.encode(key.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The token's claims, if this emulator signed it, it is valid now and it is meant for the audience. */
    public VerifiedToken verify(String token, String audience) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidToken("The bearer token is not a JWT.");
        }
        Map<String, Object> header = decode(parts[0]);
        if (!SigningKey.ALGORITHM.equals(header.get("alg")) || !key.keyId().equals(header.get("kid"))) {
            throw new InvalidToken("The token was not signed by this emulator's key (kid '" + header.get("kid") + "').");
        }
        byte[] signature;
        try {
            signature = SigningKey.Base64Url.decode(parts[2]);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidToken("The token's signature is not base64url.");
        }
        if (!key.verifies((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII), signature)) {
            throw new InvalidToken("The token's signature is invalid.");
        }
        Map<String, Object> claims = decode(parts[1]);
        Object tenant = claims.get("tid");
        if (!(tenant instanceof String tid) || !issuer(tid).equals(claims.get("iss"))) {
            throw new InvalidToken("The token's issuer '" + claims.get("iss") + "' is not this emulator.");
        }
        Instant now = clock.instant();
        if (now.getEpochSecond() >= epochSeconds(claims, "exp")) {
            throw new InvalidToken("The token expired at " + Instant.ofEpochSecond(epochSeconds(claims, "exp")) + ".");
        }
        if (now.getEpochSecond() < epochSeconds(claims, "nbf")) {
            throw new InvalidToken("The token is not valid before " + Instant.ofEpochSecond(epochSeconds(claims, "nbf")) + ".");
        }
        if (!audience.equals(claims.get("aud"))) {
            throw new InvalidToken("The token's audience '" + claims.get("aud") + "' is not '" + audience + "'.");
        }
        return new VerifiedToken(claims);
    }

    private static long epochSeconds(Map<String, Object> claims, String name) {
        if (claims.get(name) instanceof Number number) {
            return number.longValue();
        }
        throw new InvalidToken("The token has no numeric '" + name + "' claim.");
    }

    private static Map<String, Object> decode(String part) {
        try {
            return Json.mapper().readValue(SigningKey.Base64Url.decode(part), JSON_OBJECT);
        } catch (IllegalArgumentException | IOException malformed) {
            throw new InvalidToken("The bearer token is not a JWT.");
        }
    }
}

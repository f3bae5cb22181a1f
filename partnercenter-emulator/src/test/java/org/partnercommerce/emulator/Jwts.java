package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.wire.Json;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** Reads and checks JWTs the way a resource server would, with nothing but {@code java.security}. */
final class Jwts {

    private Jwts() {
    }

    static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    static JsonNode claims(String jwt) {
        return part(jwt, 1);
    }

    private static JsonNode part(String jwt, int index) {
        try {
            return Json.mapper().readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
        } catch (IOException notJson) {
            throw new AssertionError(notJson);
        }
    }

    /** The RSA public key of a JWK ({@code n}, {@code e} base64url). */
    static PublicKey publicKey(JsonNode jwk) throws GeneralSecurityException {
        BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("n").asText()));
        BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get("e").asText()));
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
    }

    static boolean signatureVerifies(String jwt, PublicKey key) throws GeneralSecurityException {
        String[] parts = jwt.split("\\.");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(key);
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    /** The token with its claims replaced, keeping the (now wrong) signature. */
    static String withClaims(String jwt, String claimsJson) {
        String[] parts = jwt.split("\\.");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}

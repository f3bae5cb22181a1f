package org.partnercommerce.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bearer tokens an attacker can make from a real one it holds (the reseller's): the same claims
 * raised to the partner's role, then not signed ({@code alg: none}), signed with a key of its own
 * under the real key's id, signed with HMAC, or left with the real signature; and the real claims
 * expired, re-signed by its own key. None may be honoured.
 */
final class ForgedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ForgedTokens() {
    }

    /** The forged tokens by name, each made from {@code real} (a token the emulator signed). */
    static Map<String, String> from(String real) {
        String[] parts = real.split("\\.");
        ObjectNode header = read(parts[0]);
        ObjectNode raised = read(parts[1]);
        raised.putArray("roles").add("partner");
        ObjectNode expired = read(parts[1]);
        long anHourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        expired.put("exp", anHourAgo).put("nbf", anHourAgo - 600).put("iat", anHourAgo - 600);

        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("alg none", encode(JSON.createObjectNode().put("alg", "none").put("typ", "JWT")) + "." + encode(raised) + ".");
        forged.put("signed by a key of its own", rs256(header, raised));
        forged.put("HMAC-signed under the real key id", hs256(header, raised));
        forged.put("raised role, real signature", parts[0] + "." + encode(raised) + "." + parts[2]);
        forged.put("expired, signed by a key of its own", rs256(header, expired));
        return forged;
    }

    /** Strings that are not tokens at all. */
    static List<String> garbage() {
        return List.of("not-a-token", "a.b.c", "..", "eyJhbGciOiJub25lIn0", "x".repeat(900), "null", "Bearer");
    }

    private static String rs256(ObjectNode realHeader, ObjectNode claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair own = generator.generateKeyPair();
            String content = encode(realHeader.deepCopy().put("alg", "RS256")) + "." + encode(claims);
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(own.getPrivate());
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a forged token", e);
        }
    }

    private static String hs256(ObjectNode realHeader, ObjectNode claims) {
        try {
            String content = encode(realHeader.deepCopy().put("alg", "HS256")) + "." + encode(claims);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("partner-commerce".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return content + "." + BASE64URL.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a forged token", e);
        }
    }

    private static ObjectNode read(String part) {
        try {
            return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(ObjectNode part) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

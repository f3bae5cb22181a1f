package org.partnercommerce.emulator.token;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RSA 2048 key the emulator signs tokens with, generated at start, or read from the state
 * file (so tokens outlive a restart with the same file). Its key id is the RFC 7638 JWK thumbprint.
 */
public final class SigningKey {

    public static final String ALGORITHM = "RS256";

    private final KeyPair keyPair;
    private final String keyId;

    private SigningKey(KeyPair keyPair) {
        this.keyPair = keyPair;
        this.keyId = thumbprint(publicKey());
    }

    public static SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new SigningKey(generator.generateKeyPair());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("This JDK cannot generate RSA keys", impossible);
        }
    }

    /** The key pair as written by {@link #encoded()}: base64 PKCS#8 private key and X.509 public key. */
    public static SigningKey decode(Encoded encoded) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded.privateKey())));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(encoded.publicKey())));
            return new SigningKey(new KeyPair(publicKey, privateKey));
        } catch (GeneralSecurityException | IllegalArgumentException broken) {
            throw new IllegalStateException("The stored signing key cannot be read: " + broken.getMessage(), broken);
        }
    }

    /** The key pair, to keep it in a state file so that tokens outlive a restart. */
    public Encoded encoded() {
        return new Encoded(Base64.getEncoder().encodeToString(keyPair.getPrivate().getEncoded()),
                Base64.getEncoder().encodeToString(keyPair.getPublic().getEncoded()));
    }

    public String keyId() {
        return keyId;
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) keyPair.getPublic();
    }

    public byte[] sign(byte[] input) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keyPair.getPrivate());
            signature.update(input);
            return signature.sign();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Cannot sign with SHA256withRSA", impossible);
        }
    }

    public boolean verifies(byte[] input, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(keyPair.getPublic());
            signature.update(input);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException malformed) {
            return false;
        }
    }

    /** The public key as a JWK: {@code kty, use, kid, n, e, alg}. */
    public Map<String, Object> jwk() {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("kid", keyId);
        jwk.put("n", Base64Url.encode(unsigned(publicKey().getModulus())));
        jwk.put("e", Base64Url.encode(unsigned(publicKey().getPublicExponent())));
        jwk.put("alg", ALGORITHM);
        return jwk;
    }

    private static String thumbprint(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + Base64Url.encode(unsigned(key.getPublicExponent()))
                + "\",\"kty\":\"RSA\",\"n\":\"" + Base64Url.encode(unsigned(key.getModulus())) + "\"}";
        try {
            return Base64Url.encode(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("This JDK has no SHA-256", impossible);
        }
    }

    /** Big-endian bytes without the sign byte {@link BigInteger#toByteArray()} may add. */
    static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /** The key pair in standard encodings, base64. */
    public record Encoded(String privateKey, String publicKey) {
    }

    /** base64url without padding (RFC 7515 §2). */
    static final class Base64Url {

        private Base64Url() {
        }

        static String encode(byte[] bytes) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        static byte[] decode(String text) {
            return Base64.getUrlDecoder().decode(text);
        }
    }
}

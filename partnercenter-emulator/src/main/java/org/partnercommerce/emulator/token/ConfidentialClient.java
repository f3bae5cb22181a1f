package org.partnercommerce.emulator.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * An app registration with a client secret. {@code roles} and {@code partnerId} go into the
 * tokens it gets for Partner Commerce's own API ({@code roles}, {@code partner_id}).
 */
public record ConfidentialClient(String clientId, String clientSecret, String displayName, List<String> roles, String partnerId) {

    public ConfidentialClient {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean hasSecret(String candidate) {
        return MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<String> indirectResellerPartnerId() {
        return Optional.ofNullable(partnerId).filter(id -> !id.isBlank());
    }
}

package org.partnercommerce.emulator.token;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The claims of a token whose signature, issuer, lifetime and audience have been checked. */
public record VerifiedToken(Map<String, Object> claims) {

    public VerifiedToken {
        claims = Map.copyOf(claims);
    }

    public String clientId() {
        return (String) claims.get("azp");
    }

    public String tenant() {
        return (String) claims.get("tid");
    }

    public IdentityType identityType() {
        return IdentityType.fromClaim(claims.get("idtyp"));
    }

    public Optional<String> objectId() {
        return Optional.ofNullable((String) claims.get("oid"));
    }

    public Optional<String> userPrincipalName() {
        return Optional.ofNullable((String) claims.get("upn"));
    }

    public List<String> roles() {
        Object roles = claims.get("roles");
        return roles instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}

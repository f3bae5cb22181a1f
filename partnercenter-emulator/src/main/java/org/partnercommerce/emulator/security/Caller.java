package org.partnercommerce.emulator.security;

import org.partnercommerce.emulator.token.IdentityType;
import org.partnercommerce.emulator.token.VerifiedToken;

import java.util.Optional;

/** Who is calling a {@code /v1} route, from the verified bearer token. */
public record Caller(String clientId, String tenant, IdentityType identityType, Optional<String> userPrincipalName) {

    public static Caller from(VerifiedToken token) {
        return new Caller(token.clientId(), token.tenant(), token.identityType(), token.userPrincipalName());
    }

    /** App+User (delegated) rather than app-only. */
    public boolean actsForAUser() {
        return identityType == IdentityType.USER;
    }
}

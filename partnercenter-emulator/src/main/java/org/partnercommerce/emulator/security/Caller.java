package org.partnercommerce.emulator.security;

import org.partnercommerce.emulator.token.IdentityType;
import org.partnercommerce.emulator.token.VerifiedToken;

import java.util.Optional;

/**
 * Who is calling a {@code /v1} route, from the verified bearer token.
 *
 * @param userObjectId the signed-in user's {@code oid}, for App+User tokens
 */
public record Caller(String clientId, String tenant, IdentityType identityType, Optional<String> userPrincipalName,
                     Optional<String> userObjectId) {

    public static Caller from(VerifiedToken token) {
        return new Caller(token.clientId(), token.tenant(), token.identityType(), token.userPrincipalName(), token.objectId());
    }

    /** App+User (delegated) rather than app-only. */
    public boolean actsForAUser() {
        return identityType == IdentityType.USER;
    }

    /** What Partner Center records as {@code lastModifiedUser}: the user's object id, else the application's id. */
    public String modifiedBy() {
        return userObjectId.orElse(clientId);
    }

    /** The caller as one key: tenant, application and (for App+User) the user. */
    public String identityKey() {
        return tenant + "|" + clientId + "|" + userObjectId.orElse("app");
    }
}

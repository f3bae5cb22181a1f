package org.partnercommerce.emulator.token;

/** The {@code idtyp} claim: an application acting for itself, or for a signed-in user (App+User). */
public enum IdentityType {
    APP("app"),
    USER("user");

    private final String claim;

    IdentityType(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static IdentityType fromClaim(Object claim) {
        for (IdentityType type : values()) {
            if (type.claim.equals(claim)) {
                return type;
            }
        }
        throw new InvalidToken("The token has no valid 'idtyp' claim");
    }
}

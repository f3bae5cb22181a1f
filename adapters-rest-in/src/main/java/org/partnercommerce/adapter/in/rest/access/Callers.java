package org.partnercommerce.adapter.in.rest.access;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.partnercommerce.adapter.in.rest.Roles;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.customer.PartnerId;

/**
 * The caller of the current request, from its token: its subject (the application, {@code azp},
 * or the token's subject), its role, and for a reseller the {@value #PARTNER_ID_CLAIM} claim.
 */
@RequestScoped
public class Callers {

    public static final String PARTNER_ID_CLAIM = "partner_id";

    private final SecurityIdentity identity;

    public Callers(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        Optional<JsonWebToken> token = token(identity);
        String subject = subjectOf(identity);
        if (identity.hasRole(Roles.PARTNER)) {
            return Caller.partner(subject);
        }
        if (identity.hasRole(Roles.RESELLER)) {
            String partnerId = token.map(jwt -> jwt.<Object>getClaim(PARTNER_ID_CLAIM)).map(Callers::text).orElse("");
            if (!PartnerId.isPartnerId(partnerId)) {
                throw new ForbiddenException("A reseller's token carries its PartnerId in the claim " + PARTNER_ID_CLAIM);
            }
            return Caller.reseller(subject, PartnerId.of(partnerId));
        }
        if (identity.hasRole(Roles.READER)) {
            return Caller.reader(subject);
        }
        throw new ForbiddenException("The caller has no role of this API");
    }

    /** The caller's subject: the application its token was issued to ({@code azp}), else the token's subject. */
    public static String subjectOf(SecurityIdentity identity) {
        Optional<JsonWebToken> token = token(identity);
        return token.map(jwt -> jwt.<Object>getClaim("azp")).map(Callers::text)
                .or(() -> token.map(JsonWebToken::getSubject))
                .orElse(identity.getPrincipal().getName());
    }

    private static Optional<JsonWebToken> token(SecurityIdentity identity) {
        return Optional.of(identity.getPrincipal()).filter(JsonWebToken.class::isInstance).map(JsonWebToken.class::cast);
    }

    private static String text(Object claim) {
        return claim instanceof JsonString string ? string.getString() : String.valueOf(claim);
    }
}

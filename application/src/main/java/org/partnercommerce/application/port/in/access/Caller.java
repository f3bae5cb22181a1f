package org.partnercommerce.application.port.in.access;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.customer.PartnerId;

/**
 * Who is asking: the subject of the caller's token, its role, and for an indirect reseller
 * its PartnerId. A reseller acts only for the customers Partner Center lists it as
 * indirect reseller of.
 */
public record Caller(String subject, Role role, Optional<PartnerId> partnerId) {

    public enum Role {
        /** The partner's own systems: every customer. */
        PARTNER,
        /** An indirect reseller: its own customers only. */
        RESELLER,
        /** Reads only, every customer. */
        READER
    }

    public Caller {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        partnerId = Objects.requireNonNullElse(partnerId, Optional.empty());
        if (role == Role.RESELLER && partnerId.isEmpty()) {
            throw new IllegalArgumentException("A reseller caller carries its PartnerId");
        }
    }

    public static Caller partner(String subject) {
        return new Caller(subject, Role.PARTNER, Optional.empty());
    }

    public static Caller reseller(String subject, PartnerId partnerId) {
        return new Caller(subject, Role.RESELLER, Optional.of(partnerId));
    }

    public static Caller reader(String subject) {
        return new Caller(subject, Role.READER, Optional.empty());
    }
}

package org.partnercommerce.domain.customer;

import java.util.Objects;
import java.util.Set;

/**
 * The indirect resellers a customer has a relationship with, when they are known.
 * Partner Center lists them only to App+User callers ({@code GET /customers/{c}/relationships}),
 * so a caller with an app-only token may not know them; the rules that need them are then
 * left to Partner Center.
 */
public sealed interface IndirectResellers permits IndirectResellers.Known, IndirectResellers.Unknown {

    static IndirectResellers known(Set<PartnerId> partnerIds) {
        return new Known(partnerIds);
    }

    static IndirectResellers unknown() {
        return new Unknown();
    }

    /** The customer's indirect resellers, by PartnerId. */
    record Known(Set<PartnerId> partnerIds) implements IndirectResellers {
        public Known {
            partnerIds = Set.copyOf(Objects.requireNonNull(partnerIds, "partnerIds"));
        }

        public boolean includes(PartnerId partnerId) {
            return partnerIds.contains(partnerId);
        }
    }

    /** Not asked, or not allowed to ask. */
    record Unknown() implements IndirectResellers {
    }
}

package org.partnercommerce.domain.customer;

import java.util.Objects;

/**
 * The CSP partner who buys for its customers, with its own PartnerId. An indirect
 * provider sells through indirect resellers and names them as participants; a
 * direct-bill partner sells on its own and names none.
 */
public sealed interface Partner permits Partner.IndirectProvider, Partner.DirectBillPartner {

    /** The partner's own PartnerId, never a participant of its own carts. */
    PartnerId partnerId();

    /** A two-tier partner: it names the indirect reseller of each purchase. */
    record IndirectProvider(PartnerId partnerId) implements Partner {
        public IndirectProvider {
            Objects.requireNonNull(partnerId, "partnerId");
        }
    }

    /** A one-tier partner: it sells directly and may not name participants. */
    record DirectBillPartner(PartnerId partnerId) implements Partner {
        public DirectBillPartner {
            Objects.requireNonNull(partnerId, "partnerId");
        }
    }
}

package org.partnercommerce.emulator.customer;

import org.partnercommerce.emulator.wire.ResourceAttributes;

/**
 * The PartnerRelationship resource (reference §1.14). As in the documentation's samples, the
 * partner's list carries {@code state} and {@code location}; a customer's list does not.
 */
public record PartnerRelationshipDto(String id, String name, String relationshipType, String state, String mpnId,
                                     String location, ResourceAttributes attributes) {

    static final String INDIRECT_CSP_OF = "is_indirect_cloud_solution_provider_of";

    public static PartnerRelationshipDto ofPartner(IndirectReseller reseller) {
        return new PartnerRelationshipDto(reseller.tenantId(), reseller.name(), INDIRECT_CSP_OF, reseller.state(), reseller.mpnId(),
                reseller.location(), ResourceAttributes.of("PartnerRelationship"));
    }

    public static PartnerRelationshipDto ofCustomer(IndirectReseller reseller) {
        return new PartnerRelationshipDto(reseller.tenantId(), reseller.name(), INDIRECT_CSP_OF, null, reseller.mpnId(), null,
                ResourceAttributes.of("PartnerRelationship"));
    }
}

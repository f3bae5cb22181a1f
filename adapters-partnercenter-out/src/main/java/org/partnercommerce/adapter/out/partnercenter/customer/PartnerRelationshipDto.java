package org.partnercommerce.adapter.out.partnercenter.customer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;
import org.partnercommerce.domain.customer.PartnerId;

/**
 * One of a customer's indirect resellers (reference §1.14):
 * {@code {"id": "<reseller tenant>", "name": "...", "relationshipType": "is_indirect_cloud_solution_provider_of",
 * "state": "Active", "mpnId": "4847383"}}. A customer's list may leave {@code state} out.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerRelationshipDto(String id, String name, String relationshipType, String state, String mpnId) {

    /** Whether the relationship is in force: {@code Active}, in any case, or no state said. */
    public boolean active() {
        return state == null || state.isBlank() || state.trim().equalsIgnoreCase("Active");
    }

    /** The reseller's PartnerId (its MPN id), if it has one of that form. */
    public Optional<PartnerId> partnerId() {
        return PartnerId.tryParse(mpnId == null ? null : mpnId.trim());
    }
}

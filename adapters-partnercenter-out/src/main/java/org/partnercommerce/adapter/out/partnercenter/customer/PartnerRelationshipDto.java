package org.partnercommerce.adapter.out.partnercenter.customer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;
import org.partnercommerce.domain.customer.PartnerId;

/**
 * One of a customer's indirect resellers (reference §1.14):
 * {@code {"id": "<reseller tenant>", "name": "...", "relationshipType": "is_indirect_cloud_solution_provider_of", "mpnId": "4847383"}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerRelationshipDto(String id, String name, String relationshipType, String mpnId) {

    /** The reseller's PartnerId (its MPN id), if it has one of that form. */
    public Optional<PartnerId> partnerId() {
        return PartnerId.tryParse(mpnId == null ? null : mpnId.trim());
    }
}

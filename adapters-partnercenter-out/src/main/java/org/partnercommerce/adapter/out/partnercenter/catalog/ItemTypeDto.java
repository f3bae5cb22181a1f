package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.partnercommerce.domain.catalog.ItemType;

/** {@code {"id": "Azure", "displayName": "Azure", "subType": {"id": "VirtualMachines", ...}}} */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemTypeDto(String id, String displayName, ItemTypeDto subType) {

    /** The item type, or null when Partner Center sent none with an id. */
    public ItemType toDomain() {
        if (id == null || id.isBlank()) {
            return null;
        }
        return new ItemType(id, displayName, subType == null ? null : subType.toDomain());
    }
}

package org.partnercommerce.domain.catalog;

/** A product's type, e.g. {@code Azure} with the sub-type {@code VirtualMachines}. */
public record ItemType(String id, String displayName, ItemType subType) {

    public ItemType {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An item type has an id");
        }
    }
}

package org.partnercommerce.emulator.wire;

/** {@code "attributes": {"objectType": "Product"}}, carried by every resource. */
public record ResourceAttributes(String objectType) {

    public static ResourceAttributes of(String objectType) {
        return new ResourceAttributes(objectType);
    }
}

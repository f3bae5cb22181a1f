package org.partnercommerce.adapter.in.rest.wire;

/** The {@code attributes} every Partner Center resource carries. */
public record ResourceAttributes(String objectType) {

    public static ResourceAttributes of(String objectType) {
        return new ResourceAttributes(objectType);
    }
}

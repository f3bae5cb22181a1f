package org.partnercommerce.domain.catalog;

/** An availability's id, e.g. {@code CFQ7TTC0K18P}. It can change over time: use it promptly. */
public record AvailabilityId(String value) {

    public AvailabilityId {
        value = IdForm.require("availabilityId", value);
    }

    public static AvailabilityId of(String value) {
        return new AvailabilityId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

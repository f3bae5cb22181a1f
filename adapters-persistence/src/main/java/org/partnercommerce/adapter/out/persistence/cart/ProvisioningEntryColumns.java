package org.partnercommerce.adapter.out.persistence.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Map;
import java.util.Objects;

/** A row of {@code cart_line_provisioning_context}: one key and its value, in the order the caller sent them. */
@Embeddable
public class ProvisioningEntryColumns {

    @Column(name = "entry_name", length = 200, nullable = false)
    String name;

    @Column(name = "entry_value", nullable = false)
    String value;

    protected ProvisioningEntryColumns() {
    }

    static ProvisioningEntryColumns from(Map.Entry<String, String> entry) {
        ProvisioningEntryColumns columns = new ProvisioningEntryColumns();
        columns.name = entry.getKey();
        columns.value = entry.getValue();
        return columns;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProvisioningEntryColumns that && Objects.equals(name, that.name) && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }
}

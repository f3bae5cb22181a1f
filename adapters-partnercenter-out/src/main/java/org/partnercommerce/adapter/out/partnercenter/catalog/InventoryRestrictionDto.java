package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnercommerce.domain.catalog.InventoryRestriction;

/** {@code {"reasonCode": "NotAvailableForSubscription", "description": "...", "properties": {"type": "Location", "values": "japanwest"}}} */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryRestrictionDto(String reasonCode, String description, Map<String, Object> properties) {

    public InventoryRestriction toDomain() {
        Map<String, String> flat = new LinkedHashMap<>();
        if (properties != null) {
            properties.forEach((name, value) -> {
                if (name != null && value != null) {
                    flat.put(name, text(value));
                }
            });
        }
        return new InventoryRestriction(reasonCode, description, flat);
    }

    /** A list of values ({@code ["japanwest", "japaneast"]}) is joined with commas. */
    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }
}

package org.partnercommerce.domain.order;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code client} Partner Center names on an order: where it was placed from (its samples show
 * {@code {}}, or {@code marketplaceCountry}, {@code deviceFamily} and {@code name} of the Partner
 * Center web client). Undocumented; kept as given, property by property, in order.
 */
public record OrderClient(Map<String, String> properties) {

    /** The empty client, {@code {}}, as the newer samples show. */
    public static final OrderClient EMPTY = new OrderClient(Map.of());

    public OrderClient {
        Objects.requireNonNull(properties, "properties");
        properties.forEach((name, value) -> {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        });
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}

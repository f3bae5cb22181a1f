package org.partnercommerce.domain.cart;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * What a line tells Partner Center to provision the purchase: keys from the SKU's
 * provisioning variables in camelCase ({@code subscriptionId}, {@code scope},
 * {@code duration}), string values. Keys are looked up without regard to case; entries
 * without a value are dropped.
 */
public record ProvisioningContext(Map<String, String> values) {

    private static final ProvisioningContext EMPTY = new ProvisioningContext(Map.of());

    public ProvisioningContext {
        Map<String, String> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (key == null || key.isBlank()) {
                    throw new InvalidValue("provisioningContext", "Every provisioning context entry has a name.");
                }
                if (value != null) {
                    copy.put(key.trim(), value.trim());
                }
            });
        }
        values = Collections.unmodifiableMap(copy);
    }

    public static ProvisioningContext empty() {
        return EMPTY;
    }

    public static ProvisioningContext of(Map<String, String> values) {
        return new ProvisioningContext(values);
    }

    /** The value of a key, in any case, if it is there and not blank. */
    public Optional<String> value(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getValue)
                .filter(value -> !value.isBlank())
                .findFirst();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}

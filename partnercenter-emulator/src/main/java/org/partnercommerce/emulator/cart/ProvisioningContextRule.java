package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.catalog.Sku;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code provisioningContext} a SKU's {@code provisioningVariables} ask for (reference §1.3),
 * keys in any case; a missing or invalid value is a CartError 10010. For reservations:
 * {@code subscriptionId} a GUID, {@code scope} {@code shared} or {@code single}; {@code duration} may
 * be left out (it follows from the SKU and its term) but, when sent, must be the SKU's
 * ({@code 1Year}, {@code 3Years}; {@code 3Year} as the docs also write it).
 */
final class ProvisioningContextRule {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    Optional<CartError> check(Sku sku, Map<String, String> provisioningContext) {
        Map<String, String> context = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        context.putAll(provisioningContext);
        for (String variable : sku.provisioningVariables()) {
            String key = Character.toLowerCase(variable.charAt(0)) + variable.substring(1);
            String value = context.getOrDefault(key, "").trim();
            if (key.equals("duration")) {
                Optional<CartError> duration = duration(sku, value);
                if (duration.isPresent()) {
                    return duration;
                }
                continue;
            }
            if (value.isEmpty()) {
                return invalid("The provisioning context must contain '" + key + "' (the SKU's provisioningVariables are "
                        + String.join(", ", sku.provisioningVariables()) + ").");
            }
            if (key.equals("subscriptionId") && !GUID.matcher(value).matches()) {
                return invalid("The provisioning context's subscriptionId '" + value + "' is not an Azure subscription id (a GUID).");
            }
            if (key.equals("scope") && !value.equalsIgnoreCase("shared") && !value.equalsIgnoreCase("single")) {
                return invalid("The provisioning context's scope '" + value + "' is neither 'shared' nor 'single'.");
            }
        }
        return Optional.empty();
    }

    private static Optional<CartError> duration(Sku sku, String value) {
        Object expected = sku.dynamicAttributes().get("duration");
        if (value.isEmpty() || expected == null) {
            return Optional.empty();
        }
        String wanted = String.valueOf(expected);
        boolean same = value.equalsIgnoreCase(wanted) || (value + "s").equalsIgnoreCase(wanted);
        return same ? Optional.empty()
                : invalid("The provisioning context's duration '" + value + "' is not the SKU's duration '" + wanted + "'.");
    }

    private static Optional<CartError> invalid(String description) {
        return Optional.of(CartError.of(CartErrorCode.INVALID_INPUT, description));
    }
}

package org.partnercommerce.domain.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SKU of a product: the quantities it may be bought in, the billing cycles it supports,
 * and what a purchase needs (purchase prerequisites, inventory and provisioning variables,
 * attestation).
 *
 * @param dynamicAttributes Partner Center's open-ended attributes ({@code isAddon},
 *                          {@code armRegionName}, ...): strings, numbers, booleans, lists and maps
 */
public record Sku(
        ProductId productId,
        SkuId id,
        String title,
        String description,
        int minimumQuantity,
        int maximumQuantity,
        boolean trial,
        List<BillingCycle> supportedBillingCycles,
        List<String> purchasePrerequisites,
        List<String> inventoryVariables,
        List<String> provisioningVariables,
        Map<String, Object> dynamicAttributes,
        AttestationProperties attestationProperties) {

    public static final String INVENTORY_CHECK = "InventoryCheck";

    public Sku {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(id, "id");
        supportedBillingCycles = List.copyOf(supportedBillingCycles);
        purchasePrerequisites = List.copyOf(purchasePrerequisites);
        inventoryVariables = List.copyOf(inventoryVariables);
        provisioningVariables = List.copyOf(provisioningVariables);
        dynamicAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(dynamicAttributes));
    }

    /** Whether a purchase needs a passing inventory check first (Azure reservations). */
    public boolean requiresInventoryCheck() {
        return purchasePrerequisites.stream().anyMatch(INVENTORY_CHECK::equalsIgnoreCase);
    }

    /** Whether a cart line for this SKU must carry {@code attestationAccepted}. */
    public boolean enforcesAttestation() {
        return attestationProperties != null && attestationProperties.enforceAttestation();
    }

    /** Whether this SKU is an add-on bought against a base subscription. */
    public boolean isAddOn() {
        Object isAddon = dynamicAttributes.get("isAddon");
        return isAddon instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(isAddon));
    }

    public Optional<AttestationProperties> attestation() {
        return Optional.ofNullable(attestationProperties);
    }
}

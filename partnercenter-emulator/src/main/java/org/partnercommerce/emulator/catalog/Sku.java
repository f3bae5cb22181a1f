package org.partnercommerce.emulator.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SKU of a product, with what buying it needs (prerequisites, variables, attestation) and its availabilities.
 *
 * @param maximumSeatsPerCustomer where the seed sets one, the seats a customer may hold of the SKU across all its
 *                                subscriptions (as Microsoft caps some plans per tenant); null for no such cap
 */
public record Sku(String id, String title, String description, int minimumQuantity, int maximumQuantity,
                  Integer maximumSeatsPerCustomer,
                  @JsonProperty("isTrial") boolean isTrial,
                  List<String> supportedBillingCycles, List<String> purchasePrerequisites,
                  List<String> inventoryVariables, List<String> provisioningVariables,
                  Map<String, Object> dynamicAttributes, JsonNode attestationProperties,
                  List<Availability> availabilities) {

    public Sku {
        supportedBillingCycles = copy(supportedBillingCycles);
        purchasePrerequisites = copy(purchasePrerequisites);
        inventoryVariables = copy(inventoryVariables);
        provisioningVariables = copy(provisioningVariables);
        dynamicAttributes = dynamicAttributes == null ? Map.of() : dynamicAttributes;
        availabilities = copy(availabilities);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public Optional<Integer> seatCapPerCustomer() {
        return Optional.ofNullable(maximumSeatsPerCustomer);
    }

    public boolean needsInventoryCheck() {
        return purchasePrerequisites.stream().anyMatch("InventoryCheck"::equalsIgnoreCase);
    }

    /** The Azure region the SKU is sold for ({@code dynamicAttributes.armRegionName}), for reservations. */
    public Optional<String> armRegionName() {
        return Optional.ofNullable(dynamicAttributes.get("armRegionName")).map(String::valueOf);
    }
}

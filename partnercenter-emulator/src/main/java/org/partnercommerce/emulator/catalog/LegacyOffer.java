package org.partnercommerce.emulator.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** An offer of the legacy Offers API ({@code MS-AZR-0145P}, offer GUIDs), still bought through carts and orders. */
public record LegacyOffer(String id, String name, String description, int minimumQuantity, int maximumQuantity, int rank,
                          String billing, @JsonProperty("isAddOn") boolean isAddOn,
                          @JsonProperty("isAvailableForPurchase") boolean isAvailableForPurchase,
                          @JsonProperty("isTrial") boolean isTrial, @JsonProperty("isAutoRenewable") boolean isAutoRenewable,
                          List<String> supportedBillingCycles, String salesGroupId, String unitType,
                          JsonNode category, JsonNode product, List<String> countries) {

    public LegacyOffer {
        supportedBillingCycles = supportedBillingCycles == null ? List.of() : List.copyOf(supportedBillingCycles);
        countries = List.copyOf(countries);
    }

    public boolean soldIn(String country) {
        return countries.stream().anyMatch(country::equalsIgnoreCase);
    }
}

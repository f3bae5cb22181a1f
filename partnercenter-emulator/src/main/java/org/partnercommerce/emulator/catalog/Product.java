package org.partnercommerce.emulator.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * A product of the seeded catalog. {@code targetViews} are the catalog views it is listed in;
 * {@code reservationScopes} the scopes it answers to ({@code AzurePlan} for reservations that
 * apply to Azure plans).
 */
public record Product(String id, String title, String description, JsonNode productType,
                      @JsonProperty("isMicrosoftProduct") boolean isMicrosoftProduct, String publisherName,
                      List<String> targetViews, List<String> reservationScopes, List<Sku> skus) {

    private static final String LICENCE_BASED_PRODUCT_TYPE = "OnlineServices";

    public Product {
        targetViews = targetViews == null ? List.of() : List.copyOf(targetViews);
        reservationScopes = reservationScopes == null ? List.of() : List.copyOf(reservationScopes);
        skus = skus == null ? List.of() : List.copyOf(skus);
    }

    public boolean listedIn(TargetView view) {
        return targetViews.stream().anyMatch(listed -> TargetView.parse(listed).map(TargetView::canonical).orElse(null) == view.canonical());
    }

    /**
     * Whether the SKU of this product is bought as licences for a term (new commerce): a Microsoft
     * online service, not a trial. Only such subscriptions take, and co-term with, a custom term end date.
     */
    public boolean licenceBased(Sku sku) {
        String type = productType == null ? "" : productType.path("id").asText("");
        return isMicrosoftProduct && type.equalsIgnoreCase(LICENCE_BASED_PRODUCT_TYPE) && !sku.isTrial();
    }

    public boolean answersToReservationScope(String scope) {
        return reservationScopes.stream().anyMatch(scope::equalsIgnoreCase);
    }
}

package org.partnercommerce.emulator.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * An optional promotion a cart line may name ({@code promotionId}): a discount in percent on the
 * SKUs it lists ({@code productId:skuId}), for the term durations it lists (all when none). The
 * emulator's own seed; Partner Center publishes its promotions through {@code /productpromotions}.
 */
public record Promotion(String id, String name, List<String> skus, List<String> termDurations, BigDecimal discountPercent) {

    public Promotion {
        skus = skus == null ? List.of() : List.copyOf(skus);
        termDurations = termDurations == null ? List.of() : List.copyOf(termDurations);
        discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
    }

    public boolean appliesTo(String productId, String skuId, String termDuration) {
        boolean sku = skus.stream().anyMatch(listed -> listed.equalsIgnoreCase(productId + ":" + skuId));
        boolean term = termDurations.isEmpty() || termDurations.stream().anyMatch(listed -> listed.equalsIgnoreCase(termDuration));
        return sku && term;
    }
}

package org.partnercommerce.domain.catalog;

import java.util.List;
import java.util.Objects;
import org.partnercommerce.domain.shared.Country;

/**
 * A SKU offered in one country and segment, in one currency, with the terms it can be
 * bought on. {@code product:sku:availability} is what a cart line buys.
 */
public record Availability(
        ProductId productId,
        SkuId skuId,
        AvailabilityId id,
        Country country,
        TargetSegment segment,
        DefaultCurrency defaultCurrency,
        boolean purchasable,
        boolean renewable,
        List<AvailabilityTerm> terms) {

    public Availability {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        terms = List.copyOf(terms);
    }

    public CatalogItemId.Modern catalogItemId() {
        return new CatalogItemId.Modern(productId, skuId, id);
    }

    /** Whether one of the terms is this pair of term duration (or none) and billing cycle. */
    public boolean offers(TermDuration duration, BillingCycle billingCycle) {
        return terms.stream().anyMatch(term -> term.matches(duration, billingCycle));
    }
}

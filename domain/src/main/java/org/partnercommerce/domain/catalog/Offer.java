package org.partnercommerce.domain.catalog;

import java.util.List;
import java.util.Objects;
import org.partnercommerce.domain.shared.Country;

/**
 * An offer of the legacy catalog (the Offers API, {@code GET /offers?country=}), such as
 * {@code MS-AZR-0145P} or an offer GUID: what a cart line with a legacy catalog item id
 * buys. Such lines are ordered through the legacy order system (order groups
 * {@code OMS-0}, {@code OMS-1}, ...).
 *
 * @param supportedBillingCycles the cycles it may be billed on; empty when the catalog does not say
 * @param maximumQuantity        0 or less when the catalog sets no maximum
 * @param availableForPurchase   {@code isAvailableForPurchase}: false once it can no longer be bought
 */
public record Offer(
        CatalogItemId.LegacyOffer id,
        String name,
        int minimumQuantity,
        int maximumQuantity,
        OfferBilling billing,
        List<BillingCycle> supportedBillingCycles,
        boolean addOn,
        boolean trial,
        boolean availableForPurchase,
        Country country) {

    public Offer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(country, "country");
        name = name == null ? id.offerId() : name;
        billing = billing == null ? OfferBilling.UNKNOWN : billing;
        supportedBillingCycles = List.copyOf(supportedBillingCycles);
    }
}

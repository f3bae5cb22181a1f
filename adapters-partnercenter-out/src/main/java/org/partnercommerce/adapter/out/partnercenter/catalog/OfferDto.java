package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.OfferBilling;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.DomainViolation;

/**
 * An offer of the legacy Offers API ({@code GET /offers/{offer-id}?country=}): {@code MS-AZR-0145P}
 * or an offer GUID. {@code billing} ({@code license}, {@code usage}, {@code none}) and the billing
 * cycles are read in any case; values unknown today become {@code UNKNOWN}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OfferDto(
        String id,
        String name,
        Long minimumQuantity,
        Long maximumQuantity,
        String billing,
        List<String> supportedBillingCycles,
        @JsonProperty("isAddOn") Boolean isAddOn,
        @JsonProperty("isTrial") Boolean isTrial,
        @JsonProperty("isAvailableForPurchase") Boolean isAvailableForPurchase,
        String country) {

    /** The offer and country asked for stand in where the answer does not name its own. */
    public Offer toDomain(CatalogItemId.LegacyOffer askedFor, Country askedCountry) {
        return new Offer(
                id == null || id.isBlank() ? askedFor : new CatalogItemId.LegacyOffer(id.trim()),
                name,
                quantity(minimumQuantity, 1),
                quantity(maximumQuantity, 0),
                offerBilling(),
                Wire.billingCycles(supportedBillingCycles),
                Wire.flag(isAddOn),
                Wire.flag(isTrial),
                // Absent means the Offers API did not say; an offer it answers for is taken as buyable.
                isAvailableForPurchase == null || isAvailableForPurchase,
                Wire.country(country, askedCountry));
    }

    private OfferBilling offerBilling() {
        if (billing == null || billing.isBlank()) {
            return OfferBilling.UNKNOWN;
        }
        try {
            return OfferBilling.parse(billing);
        } catch (DomainViolation unknown) {
            return OfferBilling.UNKNOWN;
        }
    }

    private static int quantity(Long value, int absent) {
        if (value == null) {
            return absent;
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
    }
}

package org.partnercommerce.emulator.catalog.endpoint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.catalog.LegacyOffer;
import org.partnercommerce.emulator.catalog.Market;
import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.util.List;
import java.util.Map;

/** The Offer resource of the legacy Offers API. */
record OfferDto(String id, String name, String description, int minimumQuantity, int maximumQuantity, int rank, String uri,
                String locale, String country, JsonNode category, List<String> prerequisiteOffers,
                @JsonProperty("isAddOn") boolean isAddOn, @JsonProperty("isAvailableForPurchase") boolean isAvailableForPurchase,
                String billing, List<String> supportedBillingCycles, @JsonProperty("isAutoRenewable") boolean isAutoRenewable,
                @JsonProperty("isTrial") boolean isTrial, String salesGroupId, JsonNode product, String unitType,
                Map<String, Link> links, ResourceAttributes attributes) {

    static OfferDto from(LegacyOffer offer, Market market, String locale) {
        String uri = "/offers/" + offer.id() + "?country=" + market.country();
        return new OfferDto(offer.id(), offer.name(), offer.description(), offer.minimumQuantity(), offer.maximumQuantity(),
                offer.rank(), uri, locale, market.country(), offer.category(), List.of(), offer.isAddOn(),
                offer.isAvailableForPurchase(), offer.billing(), offer.supportedBillingCycles(), offer.isAutoRenewable(),
                offer.isTrial(), offer.salesGroupId(), offer.product(), offer.unitType(), Map.of("self", Link.get(uri)),
                ResourceAttributes.of("Offer"));
    }
}

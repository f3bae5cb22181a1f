package org.partnercommerce.emulator.catalog.endpoint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.catalog.Availability;
import org.partnercommerce.emulator.catalog.Market;
import org.partnercommerce.emulator.catalog.Product;
import org.partnercommerce.emulator.catalog.Sku;
import org.partnercommerce.emulator.catalog.Term;
import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.util.List;
import java.util.Map;

/**
 * The Availability resource (reference §1.10), for the market it was read in, with its product
 * and SKU embedded as Partner Center does. Terms carry no prices (Partner Center's do not).
 */
record AvailabilityDto(String id, String productId, String skuId, String catalogItemId, Currency defaultCurrency,
                       String segment, String country, @JsonProperty("isPurchasable") boolean isPurchasable,
                       @JsonProperty("isRenewable") boolean isRenewable, JsonNode renewalInstructions, List<TermDto> terms,
                       ProductDto product, SkuDto sku, Map<String, Link> links, ResourceAttributes attributes) {

    static AvailabilityDto from(Product product, Sku sku, Availability availability, Market market, CatalogLinks links) {
        return new AvailabilityDto(availability.id(), product.id(), sku.id(), product.id() + ":" + sku.id() + ":" + availability.id(),
                new Currency(market.currency(), market.currencySymbol()), availability.segment(), market.country(),
                availability.isPurchasable(), availability.isRenewable(), availability.renewalInstructions(),
                availability.terms().stream().map(TermDto::from).toList(),
                ProductDto.from(product, links), SkuDto.from(product, sku, links),
                Map.of("self", links.availability(product, sku, availability)), ResourceAttributes.of("Availability"));
    }

    record Currency(String code, String symbol) {
    }

    /** AvailabilityTerm: {@code billingCycle} is a PascalCase string, {@code duration} absent when the item has no term. */
    record TermDto(String id, String duration, String description, String billingCycle, JsonNode renewalOptions,
                   JsonNode cancellationPolicies) {

        static TermDto from(Term term) {
            return new TermDto(term.id(), term.termDuration().orElse(null), term.description(), term.cycle().termWire(),
                    term.renewalOptions(), term.cancellationPolicies());
        }
    }
}

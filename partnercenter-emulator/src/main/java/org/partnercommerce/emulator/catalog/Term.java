package org.partnercommerce.emulator.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * An AvailabilityTerm: a term duration (none for the Azure plan and perpetual software) with the
 * billing cycle it is billed in, and the list price per licence per billing period in each
 * currency. Prices are the emulator's own (Partner Center sells them through price lists); they
 * are not part of the Availability resource.
 */
public record Term(String id, String duration, String description, String billingCycle,
                   JsonNode renewalOptions, JsonNode cancellationPolicies, Map<String, BigDecimal> listPrices) {

    public Term {
        listPrices = listPrices == null ? Map.of() : Map.copyOf(listPrices);
    }

    public Optional<String> termDuration() {
        return Optional.ofNullable(duration).filter(value -> !value.isBlank());
    }

    public BillingCycle cycle() {
        return BillingCycle.parse(billingCycle).orElseThrow(() -> new IllegalStateException("Unknown billing cycle " + billingCycle));
    }

    public Optional<BigDecimal> listPrice(String currency) {
        return Optional.ofNullable(listPrices.get(currency));
    }
}

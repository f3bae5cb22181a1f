package org.partnercommerce.emulator.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** An availability of a SKU: the countries and segment it is sold in, and its terms. */
public record Availability(String id, String segment, List<String> countries,
                           @JsonProperty("isPurchasable") boolean isPurchasable,
                           @JsonProperty("isRenewable") boolean isRenewable,
                           List<Term> terms, JsonNode renewalInstructions) {

    public Availability {
        segment = segment == null ? Segment.COMMERCIAL.wire() : segment;
        countries = List.copyOf(countries);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public Segment segmentValue() {
        return Segment.parse(segment).orElseThrow(() -> new IllegalStateException("Unknown segment " + segment));
    }

    public boolean soldIn(String country) {
        return countries.stream().anyMatch(country::equalsIgnoreCase);
    }
}

package org.partnercommerce.adapter.out.partnercenter.customer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A customer ({@code GET /customers/{c}}): its country is {@code billingProfile.defaultAddress.country}.
 * Every customer buys in the commercial segment; a qualification the payload names
 * ({@code qualification} or {@code qualifications}, as strings or as {@code {"qualification": ...}}
 * objects: {@code Education}, {@code GovernmentCommunityCloud}, {@code Nonprofit}) adds its segment.
 * Partner Center keeps qualifications behind another endpoint, so today's payloads name none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerDto(String id, BillingProfile billingProfile, JsonNode qualification, JsonNode qualifications) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BillingProfile(Address defaultAddress) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String country) {
    }

    private static final Map<String, TargetSegment> SEGMENTS_BY_QUALIFICATION = Map.of(
            "education", TargetSegment.EDUCATION,
            "governmentcommunitycloud", TargetSegment.GOVERNMENT,
            "government", TargetSegment.GOVERNMENT,
            "nonprofit", TargetSegment.NONPROFIT);

    /**
     * @param askedFor  the customer in the request path (the answer's own id is not needed)
     * @param resellers the customer's indirect resellers, from its relationships
     */
    public Customer toDomain(CustomerId askedFor, IndirectResellers resellers) {
        String country = billingProfile == null || billingProfile.defaultAddress() == null
                ? null : billingProfile.defaultAddress().country();
        if (country == null || country.isBlank()) {
            throw new InvalidValue("billingProfile.defaultAddress.country", "The customer " + askedFor + " has no country.");
        }
        return new Customer(askedFor, Country.of(country.trim()), segments(), resellers);
    }

    private Set<TargetSegment> segments() {
        Set<TargetSegment> segments = EnumSet.of(TargetSegment.COMMERCIAL);
        addQualified(qualification, segments);
        addQualified(qualifications, segments);
        return segments;
    }

    private static void addQualified(JsonNode node, Set<TargetSegment> segments) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> addQualified(element, segments));
        } else if (node.isObject()) {
            node.properties().stream().filter(field -> field.getKey().equalsIgnoreCase("qualification"))
                    .forEach(field -> addQualified(field.getValue(), segments));
        } else if (node.isTextual()) {
            TargetSegment segment = SEGMENTS_BY_QUALIFICATION.get(
                    node.asText().replace("_", "").replace(" ", "").toLowerCase(Locale.ROOT));
            if (segment != null) {
                segments.add(segment);
            }
        }
    }
}

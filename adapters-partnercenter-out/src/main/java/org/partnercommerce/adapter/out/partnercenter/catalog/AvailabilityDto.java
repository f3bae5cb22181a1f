package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.DefaultCurrency;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.DomainViolation;

/**
 * Partner Center's Availability (reference §1.10). {@code defaultCurrency} is an object
 * {@code {"code": "USD", "symbol": "$"}} in the JSON although the docs type it as a string; both are read.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AvailabilityDto(
        String id,
        String productId,
        String skuId,
        String catalogItemId,
        JsonNode defaultCurrency,
        String segment,
        String country,
        @JsonProperty("isPurchasable") Boolean isPurchasable,
        @JsonProperty("isRenewable") Boolean isRenewable,
        List<AvailabilityTermDto> terms) {

    /** The product, SKU and country asked for stand in where the availability does not name its own. */
    public Availability toDomain(ProductId askedProduct, SkuId askedSku, Country askedCountry) {
        return new Availability(
                productId == null || productId.isBlank() ? askedProduct : ProductId.of(productId),
                skuId == null || skuId.isBlank() ? askedSku : SkuId.of(skuId),
                AvailabilityId.of(id),
                Wire.country(country, askedCountry),
                Wire.segment(segment),
                currency(),
                Wire.flag(isPurchasable),
                Wire.flag(isRenewable),
                Wire.list(terms).stream().map(AvailabilityTermDto::toDomain).toList());
    }

    /** A field of a JSON object, its name in any case (the mapper's case-insensitivity does not reach into a JsonNode). */
    private static String text(JsonNode object, String name) {
        if (!object.isObject()) {
            return null;
        }
        return object.properties().stream()
                .filter(field -> field.getKey().equalsIgnoreCase(name) && field.getValue().isValueNode())
                .map(field -> field.getValue().asText())
                .findFirst().orElse(null);
    }

    private DefaultCurrency currency() {
        if (defaultCurrency == null || defaultCurrency.isNull() || defaultCurrency.isMissingNode()) {
            return null;
        }
        String code = defaultCurrency.isTextual() ? defaultCurrency.asText() : text(defaultCurrency, "code");
        String symbol = text(defaultCurrency, "symbol");
        try {
            return code == null ? null : new DefaultCurrency(code.trim().toUpperCase(java.util.Locale.ROOT), symbol);
        } catch (DomainViolation notAnIsoCode) {
            return null;
        }
    }
}

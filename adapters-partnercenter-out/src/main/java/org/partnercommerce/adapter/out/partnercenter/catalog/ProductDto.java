package org.partnercommerce.adapter.out.partnercenter.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.ProductId;

/** Partner Center's Product (reference §1.10). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductDto(
        String id,
        String title,
        String description,
        ItemTypeDto productType,
        @JsonProperty("isMicrosoftProduct") Boolean isMicrosoftProduct,
        String publisherName) {

    public Product toDomain() {
        return new Product(
                ProductId.of(id),
                Wire.orEmpty(title),
                description,
                productType == null ? null : productType.toDomain(),
                Wire.flag(isMicrosoftProduct),
                publisherName);
    }
}

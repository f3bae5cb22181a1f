package org.partnercommerce.emulator.catalog.endpoint;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.catalog.Product;
import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/** The Product resource (reference §1.10). */
record ProductDto(String id, String title, String description, JsonNode productType,
                  @JsonProperty("isMicrosoftProduct") boolean isMicrosoftProduct, String publisherName,
                  Map<String, Link> links, ResourceAttributes attributes) {

    static ProductDto from(Product product, CatalogLinks links) {
        Map<String, Link> productLinks = new LinkedHashMap<>();
        productLinks.put("skus", links.skus(product));
        productLinks.put("self", links.product(product));
        return new ProductDto(product.id(), product.title(), product.description(), product.productType(),
                product.isMicrosoftProduct(), product.publisherName(), productLinks, ResourceAttributes.of("Product"));
    }
}

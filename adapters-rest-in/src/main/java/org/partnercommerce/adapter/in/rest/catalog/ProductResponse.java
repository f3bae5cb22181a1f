package org.partnercommerce.adapter.in.rest.catalog;

import java.util.Map;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.catalog.ItemType;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.shared.Country;

/** Partner Center's Product. */
public record ProductResponse(
        String id,
        String title,
        String description,
        ItemTypeResponse productType,
        boolean isMicrosoftProduct,
        String publisherName,
        Map<String, Link> links,
        ResourceAttributes attributes) {

    public record ItemTypeResponse(String id, String displayName, ItemTypeResponse subType) {

        static ItemTypeResponse from(ItemType type) {
            return type == null ? null : new ItemTypeResponse(type.id(), type.displayName(), from(type.subType()));
        }
    }

    public static ProductResponse from(Product product, Country country) {
        String self = "/products/" + product.id();
        String query = "?country=" + country;
        return new ProductResponse(product.id().value(), product.title(), product.description(),
                ItemTypeResponse.from(product.productType()), product.microsoftProduct(), product.publisherName(),
                Link.inOrder("skus", Link.get(self + "/skus" + query), "self", Link.get(self + query)),
                ResourceAttributes.of("Product"));
    }
}

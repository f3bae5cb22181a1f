package org.partnercommerce.emulator.catalog.endpoint;

import org.partnercommerce.emulator.catalog.Availability;
import org.partnercommerce.emulator.catalog.Product;
import org.partnercommerce.emulator.catalog.Sku;
import org.partnercommerce.emulator.wire.Link;

/**
 * Links between catalog resources, in the form the request used: by country
 * ({@code /products/X?country=US}) or by customer ({@code /customers/C/products/X}).
 */
record CatalogLinks(String prefix, String query) {

    static CatalogLinks byCountry(String country) {
        return new CatalogLinks("", "?country=" + country);
    }

    static CatalogLinks byCustomer(String customerId) {
        return new CatalogLinks("/customers/" + customerId, "");
    }

    Link product(Product product) {
        return Link.get(prefix + "/products/" + product.id() + query);
    }

    Link skus(Product product) {
        return Link.get(prefix + "/products/" + product.id() + "/skus" + query);
    }

    Link sku(Product product, Sku sku) {
        return Link.get(prefix + "/products/" + product.id() + "/skus/" + sku.id() + query);
    }

    Link availabilities(Product product, Sku sku) {
        return Link.get(prefix + "/products/" + product.id() + "/skus/" + sku.id() + "/availabilities" + query);
    }

    Link availability(Product product, Sku sku, Availability availability) {
        return Link.get(prefix + "/products/" + product.id() + "/skus/" + sku.id() + "/availabilities/" + availability.id() + query);
    }
}

package org.partnercommerce.application.port.in.catalog;

import java.util.List;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.Sku;

/** Browsing Partner Center's catalog: products, their SKUs, and where and how each can be bought. */
public interface BrowseCatalogUseCase {

    List<Product> products(ProductsQuery query);

    Product product(ProductQuery query);

    List<Sku> skus(SkusQuery query);

    Sku sku(SkuQuery query);

    List<Availability> availabilities(AvailabilitiesQuery query);

    Availability availability(AvailabilityQuery query);
}

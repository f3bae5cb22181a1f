package org.partnercommerce.application.service.catalog;

import java.util.List;
import org.partnercommerce.application.port.in.catalog.AvailabilitiesQuery;
import org.partnercommerce.application.port.in.catalog.AvailabilityQuery;
import org.partnercommerce.application.port.in.catalog.BrowseCatalogUseCase;
import org.partnercommerce.application.port.in.catalog.ProductQuery;
import org.partnercommerce.application.port.in.catalog.ProductsQuery;
import org.partnercommerce.application.port.in.catalog.SkuQuery;
import org.partnercommerce.application.port.in.catalog.SkusQuery;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.Sku;

/** Reads the catalog from Partner Center; the adapter keeps a cache, as catalog reads are hot and change rarely. */
public final class BrowseCatalogService implements BrowseCatalogUseCase {

    private final PartnerCenterCatalog catalog;

    public BrowseCatalogService(PartnerCenterCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Product> products(ProductsQuery query) {
        return catalog.products(query.country(), query.targetView(), query.segment(), query.reservationScope());
    }

    @Override
    public Product product(ProductQuery query) {
        return catalog.product(query.productId(), query.country(), query.reservationScope());
    }

    @Override
    public List<Sku> skus(SkusQuery query) {
        return catalog.skus(query.productId(), query.country(), query.segment(), query.reservationScope());
    }

    @Override
    public Sku sku(SkuQuery query) {
        return catalog.sku(query.productId(), query.skuId(), query.country(), query.reservationScope());
    }

    @Override
    public List<Availability> availabilities(AvailabilitiesQuery query) {
        return catalog.availabilities(query.productId(), query.skuId(), query.country(), query.segment(),
                query.reservationScope());
    }

    @Override
    public Availability availability(AvailabilityQuery query) {
        return catalog.availability(query.productId(), query.skuId(), query.availabilityId(), query.country());
    }
}

package org.partnercommerce.application.service.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.shared.Country;

/**
 * What the catalog says of the items a purchase buys, in the customer's country, before it is
 * checked: the product, SKU and availability of a catalog item id, the offer of a legacy offer id.
 * An item Partner Center does not sell there is left out of the snapshot, for the rules to name.
 */
public final class CatalogLookup {

    private final PartnerCenterCatalog catalog;

    public CatalogLookup(PartnerCenterCatalog catalog) {
        this.catalog = catalog;
    }

    public Catalog snapshot(Collection<CatalogItemId> ids, Country country) {
        List<CatalogItem> items = new ArrayList<>();
        for (CatalogItemId id : ids) {
            lookUp(id, country).ifPresent(items::add);
        }
        return Catalog.of(items);
    }

    private Optional<CatalogItem> lookUp(CatalogItemId id, Country country) {
        try {
            return Optional.of(switch (id) {
                case CatalogItemId.Modern modern -> CatalogItem.modern(
                        catalog.product(modern.productId(), country, null),
                        catalog.sku(modern.productId(), modern.skuId(), country, null),
                        catalog.availability(modern.productId(), modern.skuId(), modern.availabilityId(), country));
                case CatalogItemId.LegacyOffer legacy -> CatalogItem.legacy(catalog.offer(legacy, country));
            });
        } catch (PartnerCenterException.NotFound notSold) {
            return Optional.empty();
        }
    }
}

package org.partnercommerce.application.service.catalog;

import java.util.List;
import org.partnercommerce.application.port.in.catalog.CheckInventoryQuery;
import org.partnercommerce.application.port.in.catalog.CheckInventoryUseCase;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.domain.catalog.InventoryItem;

/** Inventory is never cached: it is asked of Partner Center every time. */
public final class CheckInventoryService implements CheckInventoryUseCase {

    private final PartnerCenterCatalog catalog;

    public CheckInventoryService(PartnerCenterCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<InventoryItem> check(CheckInventoryQuery query) {
        return catalog.checkInventory(query.country(), query.check());
    }
}

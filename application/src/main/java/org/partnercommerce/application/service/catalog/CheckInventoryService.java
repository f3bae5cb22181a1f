package org.partnercommerce.application.service.catalog;

import java.util.List;
import org.partnercommerce.application.port.in.catalog.CheckInventoryQuery;
import org.partnercommerce.application.port.in.catalog.CheckInventoryUseCase;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.domain.catalog.InventoryItem;

/**
 * Inventory is never cached: it is asked of Partner Center every time. A customer the check's
 * context names is scoped like one in a path: one the caller may not act for is not found, and
 * Partner Center is not asked.
 */
public final class CheckInventoryService implements CheckInventoryUseCase {

    private final PartnerCenterCatalog catalog;
    private final CustomerAccess access;

    public CheckInventoryService(PartnerCenterCatalog catalog, CustomerAccess access) {
        this.catalog = catalog;
        this.access = access;
    }

    @Override
    public List<InventoryItem> check(CheckInventoryQuery query) {
        query.check().customerId().ifPresent(customer -> access.customerFor(query.caller(), customer));
        return catalog.checkInventory(query.country(), query.check());
    }
}

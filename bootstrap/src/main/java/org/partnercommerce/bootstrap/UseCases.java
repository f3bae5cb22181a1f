package org.partnercommerce.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.partnercommerce.application.port.in.catalog.BrowseCatalogUseCase;
import org.partnercommerce.application.port.in.catalog.CheckInventoryUseCase;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.service.catalog.BrowseCatalogService;
import org.partnercommerce.application.service.catalog.CheckInventoryService;

/** Builds the use cases from their services and the adapters of the ports they need; the application layer knows no CDI. */
@ApplicationScoped
public class UseCases {

    @Produces
    @ApplicationScoped
    BrowseCatalogUseCase browseCatalog(PartnerCenterCatalog catalog) {
        return new BrowseCatalogService(catalog);
    }

    @Produces
    @ApplicationScoped
    CheckInventoryUseCase checkInventory(PartnerCenterCatalog catalog) {
        return new CheckInventoryService(catalog);
    }
}

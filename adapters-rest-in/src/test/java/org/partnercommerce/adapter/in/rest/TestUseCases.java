package org.partnercommerce.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.partnercommerce.application.fake.CatalogExamples;
import org.partnercommerce.application.fake.FakePartnerCenterCatalog;
import org.partnercommerce.application.port.in.catalog.BrowseCatalogUseCase;
import org.partnercommerce.application.port.in.catalog.CheckInventoryUseCase;
import org.partnercommerce.application.service.catalog.BrowseCatalogService;
import org.partnercommerce.application.service.catalog.CheckInventoryService;

/** The real services over an in-memory Partner Center, for this module's tests. */
@ApplicationScoped
public class TestUseCases {

    private final FakePartnerCenterCatalog partnerCenter = CatalogExamples.fakeCatalog();

    @Produces
    FakePartnerCenterCatalog partnerCenter() {
        return partnerCenter;
    }

    @Produces
    BrowseCatalogUseCase browseCatalog() {
        return new BrowseCatalogService(partnerCenter);
    }

    @Produces
    CheckInventoryUseCase checkInventory() {
        return new CheckInventoryService(partnerCenter);
    }
}

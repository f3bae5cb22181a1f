package org.partnercommerce.application.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.testing.fake.CatalogExamples.BUSINESS_BASIC;
import static org.partnercommerce.testing.fake.CatalogExamples.BUSINESS_BASIC_SKU;
import static org.partnercommerce.testing.fake.CatalogExamples.GERMANY;
import static org.partnercommerce.testing.fake.CatalogExamples.RESERVED_VM;
import static org.partnercommerce.testing.fake.CatalogExamples.RESERVED_VM_ONE_YEAR;
import static org.partnercommerce.testing.fake.CatalogExamples.US;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.fake.CatalogExamples;
import org.partnercommerce.testing.fake.FakePartnerCenterCatalog;
import org.partnercommerce.application.port.in.catalog.AvailabilitiesQuery;
import org.partnercommerce.application.port.in.catalog.CheckInventoryQuery;
import org.partnercommerce.application.port.in.catalog.ProductQuery;
import org.partnercommerce.application.port.in.catalog.ProductsQuery;
import org.partnercommerce.application.port.in.catalog.SkuQuery;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.InventoryRestriction;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TargetView;

class BrowsingTheCatalogTest {

    private final FakePartnerCenterCatalog partnerCenter = CatalogExamples.fakeCatalog();
    private final BrowseCatalogService browsing = new BrowseCatalogService(partnerCenter);
    private final CheckInventoryService inventory = new CheckInventoryService(partnerCenter);

    @Test
    void productsAreListedForTheAskedViewOnly() {
        assertThat(browsing.products(new ProductsQuery(US, TargetView.ONLINE_SERVICES, null, null)))
                .containsExactly(BUSINESS_BASIC);
        assertThat(browsing.products(new ProductsQuery(US, TargetView.AZURE_RESERVATIONS, null, null)))
                .containsExactly(RESERVED_VM);
    }

    @Test
    void aProductNotSoldInTheCountryIsNotFoundWithPartnerCentersCode() {
        assertThatThrownBy(() -> browsing.product(new ProductQuery(RESERVED_VM.id(), GERMANY, null)))
                .isInstanceOfSatisfying(PartnerCenterException.NotFound.class, e -> assertThat(e.code()).isEqualTo("400013"));
    }

    @Test
    void anUnknownSkuIsNotFoundWithPartnerCentersCode() {
        assertThatThrownBy(() -> browsing.sku(new SkuQuery(BUSINESS_BASIC.id(), SkuId.of("9999"), US, null)))
                .isInstanceOfSatisfying(PartnerCenterException.NotFound.class, e -> assertThat(e.code()).isEqualTo("400018"));
    }

    @Test
    void availabilitiesCarryTheCurrencyOfTheirCountry() {
        List<Availability> german = browsing.availabilities(
                new AvailabilitiesQuery(BUSINESS_BASIC.id(), BUSINESS_BASIC_SKU.id(), GERMANY, null, null));

        assertThat(german).singleElement().satisfies(a -> assertThat(a.defaultCurrency().code()).isEqualTo("EUR"));
    }

    @Test
    void anInventoryCheckIsAskedOfPartnerCenterEveryTime() {
        InventoryItem restricted = new InventoryItem(RESERVED_VM.id(), RESERVED_VM_ONE_YEAR.id(), true, List.of(
                new InventoryRestriction("NotAvailableForSubscription", "Not available", Map.of("type", "Location"))));
        partnerCenter.restrict(restricted);
        InventoryCheck check = new InventoryCheck(List.of(new InventoryTarget(ProductId.of("DZH318Z0BQ36"), null)),
                Map.of("customerId", "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", "armRegionName", "eastus2"));

        List<InventoryItem> first = inventory.check(new CheckInventoryQuery(US, check));
        List<InventoryItem> second = inventory.check(new CheckInventoryQuery(US, check));

        assertThat(first).containsExactly(restricted);
        assertThat(second).containsExactly(restricted);
        assertThat(partnerCenter.inventoryChecks()).hasSize(2);
    }
}

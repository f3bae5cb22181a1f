package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TargetView;
import org.partnercommerce.domain.shared.Country;

/** Catalog reads are cached by all their parameters; failures and inventory are not. Counted by the HTTP requests really sent. */
@QuarkusTest
@WithTestResource(PartnerCenterEmulatorResource.class)
class CachingTheCatalogTest {

    private static final Country US = Country.of("US");
    private static final ProductId OFFICE = ProductId.of("CFQ7TTC0LF8S");
    private static final SkuId SKU = SkuId.of("0001");

    @Inject
    PartnerCenterCatalog catalog;

    @Inject
    @CacheName(RestPartnerCenterCatalog.CACHE)
    Cache cache;

    @BeforeEach
    void startAfresh() {
        cache.invalidateAll().await().indefinitely();
        RecordedExchanges.clear();
    }

    @Test
    void aSecondReadOfTheSameProductIsServedFromTheCache() {
        var first = catalog.product(OFFICE, US, null);
        var second = catalog.product(OFFICE, US, null);

        assertThat(second).isEqualTo(first);
        assertThat(RecordedExchanges.sentTo("/v1/products/CFQ7TTC0LF8S")).hasSize(1);
    }

    @Test
    void everyCatalogReadIsCached() {
        for (int round = 0; round < 2; round++) {
            catalog.products(US, TargetView.ONLINE_SERVICES, null, null);
            catalog.product(OFFICE, US, null);
            catalog.skus(OFFICE, US, null, null);
            catalog.sku(OFFICE, SKU, US, null);
            catalog.availabilities(OFFICE, SKU, US, null, null);
            catalog.availability(OFFICE, SKU, AvailabilityId.of("CFQ7TTC0VZW5"), US);
            catalog.offer(new CatalogItemId.LegacyOffer("MS-AZR-0145P"), US);
        }

        assertThat(RecordedExchanges.sent()).hasSize(7);
    }

    @Test
    void readsThatDifferInAnyParameterAreCachedApart() {
        catalog.availabilities(OFFICE, SKU, US, null, null);
        catalog.availabilities(OFFICE, SKU, US, TargetSegment.EDUCATION, null);
        catalog.availabilities(OFFICE, SKU, Country.of("DE"), null, null);
        catalog.products(US, TargetView.AZURE_RESERVATIONS, null, null);
        catalog.products(US, TargetView.AZURE_RESERVATIONS, null, ReservationScope.AZURE_PLAN);
        catalog.availabilities(OFFICE, SKU, US, TargetSegment.EDUCATION, null);

        assertThat(RecordedExchanges.sent()).hasSize(5);
        assertThat(catalog.availabilities(OFFICE, SKU, US, TargetSegment.EDUCATION, null)).hasSize(1);
        assertThat(catalog.availabilities(OFFICE, SKU, US, null, null)).hasSize(3);
    }

    @Test
    void aProductThatWasNotFoundIsAskedForAgain() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> catalog.product(ProductId.of("NOTYETLISTED"), US, null))
                    .isInstanceOf(PartnerCenterException.NotFound.class);
        }

        assertThat(RecordedExchanges.sentTo("/v1/products/NOTYETLISTED")).hasSize(2);
    }

    @Test
    void inventoryIsAskedOfPartnerCenterEveryTime() {
        InventoryCheck check = new InventoryCheck(List.of(new InventoryTarget(OFFICE, SKU)), Map.of());

        catalog.checkInventory(US, check);
        catalog.checkInventory(US, check);

        assertThat(RecordedExchanges.sentTo("/v1/extensions/product/checkInventory")).hasSize(2);
    }
}

package org.partnercommerce.application.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.testing.fake.CatalogExamples.BUSINESS_BASIC;
import static org.partnercommerce.testing.fake.CatalogExamples.BUSINESS_BASIC_SKU;
import static org.partnercommerce.testing.fake.CatalogExamples.GERMANY;
import static org.partnercommerce.testing.fake.CatalogExamples.RESERVED_VM;
import static org.partnercommerce.testing.fake.CatalogExamples.RESERVED_VM_ONE_YEAR;
import static org.partnercommerce.testing.fake.CatalogExamples.US;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.fake.Purchasing;
import org.partnercommerce.application.port.in.catalog.AvailabilitiesQuery;
import org.partnercommerce.application.port.in.catalog.AvailabilityQuery;
import org.partnercommerce.application.port.in.catalog.CheckInventoryQuery;
import org.partnercommerce.application.port.in.catalog.ProductQuery;
import org.partnercommerce.application.port.in.catalog.ProductsQuery;
import org.partnercommerce.application.port.in.catalog.SkuQuery;
import org.partnercommerce.application.port.in.catalog.SkusQuery;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TargetView;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.testing.fake.CatalogExamples;

/**
 * Browsing adds nothing to Partner Center's catalog but the choice of what to ask: every parameter
 * of a query reaches the port as given, and Partner Center's answer comes back as it is. Inventory
 * is asked of Partner Center every time, never kept.
 */
class BrowsingTheCatalogTest {

    private final RecordingCatalog partnerCenter = new RecordingCatalog();
    private final BrowseCatalogService browsing = new BrowseCatalogService(partnerCenter);
    private final CheckInventoryService inventory = new CheckInventoryService(partnerCenter, new Purchasing().access);

    @Test
    void productsAreAskedWithTheCountryViewSegmentAndReservationScope() {
        List<Product> products = browsing.products(
                new ProductsQuery(GERMANY, TargetView.AZURE_RESERVATIONS, TargetSegment.EDUCATION, ReservationScope.AZURE_PLAN));

        assertThat(products).containsExactly(RESERVED_VM);
        assertThat(partnerCenter.asked).containsExactly("products DE AZURE_RESERVATIONS EDUCATION AZURE_PLAN");
    }

    @Test
    void aProductIsAskedByIdCountryAndReservationScope() {
        assertThat(browsing.product(new ProductQuery(RESERVED_VM.id(), US, ReservationScope.AZURE_PLAN))).isEqualTo(RESERVED_VM);
        assertThat(partnerCenter.asked).containsExactly("product DZH318Z0BQ36 US AZURE_PLAN");
    }

    @Test
    void skusAndASkuAreAskedWithEveryParameter() {
        assertThat(browsing.skus(new SkusQuery(BUSINESS_BASIC.id(), US, TargetSegment.NONPROFIT, null))).containsExactly(BUSINESS_BASIC_SKU);
        assertThat(browsing.sku(new SkuQuery(RESERVED_VM.id(), RESERVED_VM_ONE_YEAR.id(), GERMANY, ReservationScope.AZURE_PLAN)))
                .isEqualTo(RESERVED_VM_ONE_YEAR);

        assertThat(partnerCenter.asked).containsExactly("skus CFQ7TTC0LH0Z US NONPROFIT null", "sku DZH318Z0BQ36 004G DE AZURE_PLAN");
    }

    @Test
    void availabilitiesAndAnAvailabilityAreAskedWithEveryParameter() {
        Availability german = CatalogExamples.businessBasicIn(GERMANY, "EUR");

        assertThat(browsing.availabilities(new AvailabilitiesQuery(BUSINESS_BASIC.id(), BUSINESS_BASIC_SKU.id(), GERMANY,
                TargetSegment.GOVERNMENT, ReservationScope.AZURE_PLAN))).containsExactly(german);
        assertThat(browsing.availability(new AvailabilityQuery(BUSINESS_BASIC.id(), BUSINESS_BASIC_SKU.id(), german.id(), GERMANY)))
                .isEqualTo(german);

        assertThat(partnerCenter.asked).containsExactly("availabilities CFQ7TTC0LH0Z 0001 DE GOVERNMENT AZURE_PLAN",
                "availability CFQ7TTC0LH0Z 0001 " + german.id().value() + " DE");
    }

    @Test
    void anInventoryCheckIsAskedOfPartnerCenterEveryTime() {
        InventoryCheck check = new InventoryCheck(List.of(new InventoryTarget(ProductId.of("DZH318Z0BQ36"), null)),
                Map.of("customerId", "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d", "armRegionName", "eastus2"));

        List<InventoryItem> first = inventory.check(new CheckInventoryQuery(Purchasing.PARTNER_SYSTEMS, US, check));
        List<InventoryItem> second = inventory.check(new CheckInventoryQuery(Purchasing.PARTNER_SYSTEMS, US, check));

        assertThat(first).isEqualTo(second).isEqualTo(RecordingCatalog.RESTRICTED);
        assertThat(partnerCenter.asked).containsExactly("checkInventory US " + check, "checkInventory US " + check);
    }

    /** Answers from the catalog examples and writes down what it was asked, parameters and all. */
    private static final class RecordingCatalog implements PartnerCenterCatalog {

        static final List<InventoryItem> RESTRICTED = List.of(new InventoryItem(RESERVED_VM.id(), RESERVED_VM_ONE_YEAR.id(), true, List.of()));

        final List<String> asked = new ArrayList<>();

        private void ask(Object... parameters) {
            asked.add(String.join(" ", Arrays.stream(parameters)
                    .map(parameter -> parameter instanceof Enum<?> constant ? constant.name() : String.valueOf(parameter)).toList()));
        }

        @Override
        public List<Product> products(Country country, TargetView targetView, TargetSegment segment, ReservationScope reservationScope) {
            ask("products", country.code(), targetView, segment, reservationScope);
            return List.of(RESERVED_VM);
        }

        @Override
        public Product product(ProductId productId, Country country, ReservationScope reservationScope) {
            ask("product", productId.value(), country.code(), reservationScope);
            return RESERVED_VM;
        }

        @Override
        public List<Sku> skus(ProductId productId, Country country, TargetSegment segment, ReservationScope reservationScope) {
            ask("skus", productId.value(), country.code(), segment, reservationScope);
            return List.of(BUSINESS_BASIC_SKU);
        }

        @Override
        public Sku sku(ProductId productId, SkuId skuId, Country country, ReservationScope reservationScope) {
            ask("sku", productId.value(), skuId.value(), country.code(), reservationScope);
            return RESERVED_VM_ONE_YEAR;
        }

        @Override
        public List<Availability> availabilities(ProductId productId, SkuId skuId, Country country, TargetSegment segment,
                                                 ReservationScope reservationScope) {
            ask("availabilities", productId.value(), skuId.value(), country.code(), segment, reservationScope);
            return List.of(CatalogExamples.businessBasicIn(GERMANY, "EUR"));
        }

        @Override
        public Availability availability(ProductId productId, SkuId skuId, AvailabilityId availabilityId, Country country) {
            ask("availability", productId.value(), skuId.value(), availabilityId.value(), country.code());
            return CatalogExamples.businessBasicIn(GERMANY, "EUR");
        }

        @Override
        public Offer offer(CatalogItemId.LegacyOffer offerId, Country country) {
            throw new UnsupportedOperationException("browsing asks for no legacy offer");
        }

        @Override
        public List<InventoryItem> checkInventory(Country country, InventoryCheck check) {
            ask("checkInventory", country.code(), check);
            return RESTRICTED;
        }
    }
}

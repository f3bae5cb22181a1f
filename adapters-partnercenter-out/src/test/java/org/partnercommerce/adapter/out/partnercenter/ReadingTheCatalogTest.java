package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.AvailabilityTerm;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.OfferBilling;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TargetView;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.examples.PartnerCenterExamples;

/** The catalog port against the emulator, over HTTP: what each read maps to, and how Partner Center's refusals arrive. */
@QuarkusTest
@WithTestResource(PartnerCenterEmulatorResource.class)
class ReadingTheCatalogTest {

    private static final Country US = Country.of("US");
    private static final ProductId RESERVED_VM = ProductId.of("DZH318Z0BQ36");
    private static final String ALLOWED_SUBSCRIPTION = "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e";
    private static final String RESTRICTED_SUBSCRIPTION = "bbbb1b1b-cc2c-dd3d-ee4e-ffffff5f5f5f";
    private static final String CUSTOMER = "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d";

    @Inject
    PartnerCenterCatalog catalog;

    @Test
    void aProductIsReadWithItsTypeSubTypeAndPublisher() {
        Product product = catalog.product(ProductId.of("DZH318Z0BPS6"), US, null);

        assertThat(product.id()).isEqualTo(ProductId.of("DZH318Z0BPS6"));
        assertThat(product.title()).isEqualTo("Azure plan");
        assertThat(product.productType().id()).isEqualTo("Azure");
        assertThat(product.productType().subType().id()).isEqualTo("AzurePlan");
        assertThat(product.microsoftProduct()).isTrue();
        assertThat(product.publisherName()).isEqualTo("Microsoft Corporation");
    }

    @Test
    void theProductsOfATargetViewAreListedForACountry() {
        List<Product> products = catalog.products(US, TargetView.AZURE_RESERVATIONS, null, null);

        assertThat(products).extracting(Product::id).containsExactly(RESERVED_VM);
    }

    @Test
    void thirdPartyProductsCarryTheirPublisher() {
        List<Product> products = catalog.products(US, TargetView.ONLINE_SERVICES, TargetSegment.COMMERCIAL, null);

        assertThat(products).extracting(product -> product.id().value(), Product::microsoftProduct, Product::publisherName)
                .contains(tuple("CFQ7TTC0LFLZ", true, "Microsoft Corporation"),
                        tuple("DZH318Z0BXWC", false, "Barracuda Networks, Inc."))
                .doesNotContain(tuple("DZH318Z0BPS6", true, "Microsoft Corporation"));
    }

    @Test
    void aReservationSkuSaysWhatItsPurchaseNeeds() {
        Sku sku = catalog.sku(RESERVED_VM, SkuId.of("004G"), US, null);

        assertThat(sku.productId()).isEqualTo(RESERVED_VM);
        assertThat(sku.supportedBillingCycles()).containsExactly(BillingCycle.ONE_TIME);
        assertThat(sku.requiresInventoryCheck()).isTrue();
        assertThat(sku.purchasePrerequisites()).containsExactly("InventoryCheck", "AzureSubscriptionRegistration");
        assertThat(sku.inventoryVariables()).containsExactly("CustomerId", "AzureSubscriptionId", "ArmRegionName");
        assertThat(sku.provisioningVariables()).containsExactly("Scope", "SubscriptionId", "Duration");
        assertThat(sku.dynamicAttributes()).containsEntry("armRegionName", "eastus2");
        assertThat(sku.enforcesAttestation()).isFalse();
    }

    @Test
    void aSkuThatEnforcesAttestationSaysWhichOne() {
        Sku sku = catalog.sku(ProductId.of("CFQ7TTC0HHS9"), SkuId.of("0001"), US, null);

        assertThat(sku.enforcesAttestation()).isTrue();
        assertThat(sku.attestationProperties().attestationType()).isEqualTo("Windows365");
        assertThat(sku.supportedBillingCycles()).containsExactly(BillingCycle.MONTHLY, BillingCycle.ANNUAL);
        assertThat(sku.trial()).isFalse();
    }

    @Test
    void theSkusOfAProductAreListed() {
        assertThat(catalog.skus(RESERVED_VM, US, null, null)).extracting(sku -> sku.id().value()).containsExactly("004G", "004J");
    }

    @Test
    void anAvailabilityCarriesItsTermsWithTheirBillingCycles() {
        Availability availability = catalog.availability(ProductId.of("CFQ7TTC0LFLZ"), SkuId.of("0002"),
                AvailabilityId.of("CFQ7TTC0K4TS"), US);

        assertThat(availability.catalogItemId().value()).isEqualTo("CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS");
        assertThat(availability.country()).isEqualTo(US);
        assertThat(availability.segment()).isEqualTo(TargetSegment.COMMERCIAL);
        assertThat(availability.defaultCurrency().code()).isEqualTo("USD");
        assertThat(availability.defaultCurrency().symbol()).isEqualTo("$");
        assertThat(availability.purchasable()).isTrue();
        assertThat(availability.terms()).extracting(term -> term.termDuration().orElseThrow().value(), AvailabilityTerm::billingCycle)
                .containsExactly(
                        tuple("P1M", BillingCycle.MONTHLY),
                        tuple("P1Y", BillingCycle.MONTHLY),
                        tuple("P1Y", BillingCycle.ANNUAL),
                        tuple("P3Y", BillingCycle.ANNUAL),
                        tuple("P3Y", BillingCycle.TRIENNIAL));
        assertThat(availability.offers(TermDuration.THREE_YEARS, BillingCycle.TRIENNIAL)).isTrue();
        assertThat(availability.offers(TermDuration.ONE_MONTH, BillingCycle.ANNUAL)).isFalse();
        assertThat(availability.terms().getFirst().cancellationPolicies().getFirst().refundOptions())
                .extracting(option -> option.type(), option -> option.expiresAfter())
                .containsExactly(tuple("Full", Period.ofDays(1)), tuple("Partial", Period.ofDays(7)));
    }

    @Test
    void theAzurePlanIsBoughtMonthlyWithoutATermDuration() {
        Availability plan = catalog.availability(ProductId.of("DZH318Z0BPS6"), SkuId.of("0001"), AvailabilityId.of("DZH318Z0BNZM"), US);

        assertThat(plan.offers(null, BillingCycle.MONTHLY)).isTrue();
        assertThat(plan.terms()).allSatisfy(term -> assertThat(term.termDuration()).isEmpty());
    }

    @Test
    void theAvailabilitiesOfASkuAreListedAndFilteredBySegment() {
        ProductId office = ProductId.of("CFQ7TTC0LF8S");

        assertThat(catalog.availabilities(office, SkuId.of("0001"), US, null, null))
                .extracting(availability -> availability.id().value())
                .containsExactlyInAnyOrder("CFQ7TTC0VZW5", "CFQ7TTC0N81H", "CFQ7TTC0N8SP");
        assertThat(catalog.availabilities(office, SkuId.of("0001"), US, TargetSegment.EDUCATION, null))
                .extracting(availability -> availability.id().value(), Availability::segment)
                .containsExactly(tuple("CFQ7TTC0N8SP", TargetSegment.EDUCATION));
    }

    @Test
    void anItemIsSoldInTheCurrencyOfTheCountryAskedFor() {
        Availability inGermany = catalog.availability(ProductId.of("CFQ7TTC0LF8S"), SkuId.of("0001"), AvailabilityId.of("CFQ7TTC0VZW5"),
                Country.of("DE"));

        assertThat(inGermany.country()).isEqualTo(Country.of("DE"));
        assertThat(inGermany.defaultCurrency().code()).isEqualTo("EUR");
    }

    /** Every {@code product:sku:availability} a documented request buys (legacy offer ids left out), once each. */
    static List<String> catalogItemsOfTheDocumentedExamples() throws IOException {
        TreeSet<String> ids = new TreeSet<>();
        for (String request : PartnerCenterExamples.requests()) {
            collectCatalogItemIds(PartnerCenterJson.MAPPER.readTree(PartnerCenterExamples.text(request)), ids);
        }
        assertThat(ids).as("catalog item ids in the documented requests").isNotEmpty();
        return new ArrayList<>(ids);
    }

    private static void collectCatalogItemIds(JsonNode node, TreeSet<String> ids) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equalsIgnoreCase("catalogItemId") && field.getValue().isTextual()
                        && field.getValue().asText().split(":").length == 3) {
                    ids.add(field.getValue().asText());
                }
                collectCatalogItemIds(field.getValue(), ids);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectCatalogItemIds(element, ids));
        }
    }

    @ParameterizedTest
    @MethodSource("catalogItemsOfTheDocumentedExamples")
    void everyCatalogItemTheDocumentedExamplesBuyCanBeResolved(String catalogItemId) {
        CatalogItemId.Modern item = (CatalogItemId.Modern) CatalogItemId.parse(catalogItemId);

        Sku sku = catalog.sku(item.productId(), item.skuId(), US, null);
        Availability availability = catalog.availability(item.productId(), item.skuId(), item.availabilityId(), US);

        assertThat(sku.id()).isEqualTo(item.skuId());
        assertThat(availability.catalogItemId()).isEqualTo(item);
        assertThat(availability.terms()).isNotEmpty();
    }

    @Test
    void aLegacyOfferIsReadFromTheOffersApi() {
        Offer azure = catalog.offer(new CatalogItemId.LegacyOffer("MS-AZR-0145P"), US);

        assertThat(azure.id().offerId()).isEqualTo("MS-AZR-0145P");
        assertThat(azure.name()).isNotBlank();
        assertThat(azure.billing()).isEqualTo(OfferBilling.USAGE);
        assertThat(azure.supportedBillingCycles()).contains(BillingCycle.MONTHLY);
        assertThat(azure.availableForPurchase()).isTrue();
        assertThat(azure.country()).isEqualTo(US);
        assertThat(azure.maximumQuantity()).isEqualTo(1);
    }

    @Test
    void anOfferGuidIsReadInTheCountryAskedFor() {
        Offer intune = catalog.offer(new CatalogItemId.LegacyOffer("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"), Country.of("DE"));

        assertThat(intune.billing()).isEqualTo(OfferBilling.LICENSE);
        assertThat(intune.country()).isEqualTo(Country.of("DE"));
        assertThat(intune.minimumQuantity()).isEqualTo(1);
        assertThat(intune.maximumQuantity()).isEqualTo(10000);
    }

    @Test
    void anOfferThatDoesNotExistIsNotFound1000() {
        assertThatThrownBy(() -> catalog.offer(new CatalogItemId.LegacyOffer("MS-AZR-9999P"), US))
                .isInstanceOfSatisfying(PartnerCenterException.NotFound.class, notFound ->
                        assertThat(notFound.code()).isEqualTo("1000"));
    }

    @Test
    void aProductThatDoesNotExistIsNotFound400013() {
        assertThatThrownBy(() -> catalog.product(ProductId.of("NOSUCHPRODUCT"), US, null))
                .isInstanceOfSatisfying(PartnerCenterException.NotFound.class, notFound -> {
                    assertThat(notFound.code()).isEqualTo("400013");
                    assertThat(notFound.description()).contains("NOSUCHPRODUCT");
                });
    }

    @Test
    void aSkuThatDoesNotExistIsNotFound400018() {
        assertThatThrownBy(() -> catalog.sku(RESERVED_VM, SkuId.of("9999"), US, null))
                .isInstanceOfSatisfying(PartnerCenterException.NotFound.class, notFound ->
                        assertThat(notFound.code()).isEqualTo("400018"));
    }

    @Test
    void anAvailabilityThatDoesNotExistIsNotFound400019() {
        assertThatThrownBy(() -> catalog.availability(RESERVED_VM, SkuId.of("004G"), AvailabilityId.of("NOSUCHAVAIL"), US))
                .isInstanceOfSatisfying(PartnerCenterException.NotFound.class, notFound ->
                        assertThat(notFound.code()).isEqualTo("400019"));
    }

    @Test
    void aCountryThePartnerDoesNotSellInIsForbidden2030() {
        assertThatThrownBy(() -> catalog.products(Country.of("BR"), TargetView.ONLINE_SERVICES, null, null))
                .isInstanceOfSatisfying(PartnerCenterException.Forbidden.class, forbidden ->
                        assertThat(forbidden.code()).isEqualTo("2030"));
    }

    @Test
    void aTargetViewThePartnerMayNotUseIsForbidden400036() {
        assertThatThrownBy(() -> catalog.products(US, TargetView.SOFTWARE_SUSE_LINUX, null, null))
                .isInstanceOfSatisfying(PartnerCenterException.Forbidden.class, forbidden ->
                        assertThat(forbidden.code()).isEqualTo("400036"));
    }

    @Test
    void aSegmentThePartnerMayNotUseIsForbidden400030() {
        assertThatThrownBy(() -> catalog.products(US, TargetView.ONLINE_SERVICES, TargetSegment.GOVERNMENT, null))
                .isInstanceOfSatisfying(PartnerCenterException.Forbidden.class, forbidden ->
                        assertThat(forbidden.code()).isEqualTo("400030"));
    }

    @Test
    void aReservationThatMayBeBoughtPassesTheInventoryCheck() {
        List<InventoryItem> items = catalog.checkInventory(US, new InventoryCheck(
                List.of(new InventoryTarget(RESERVED_VM, SkuId.of("004G"))),
                Map.of("customerId", CUSTOMER, "azureSubscriptionId", ALLOWED_SUBSCRIPTION, "armRegionName", "eastus2")));

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.productId()).isEqualTo(RESERVED_VM);
            assertThat(item.skuId()).isEqualTo(SkuId.of("004G"));
            assertThat(item.restricted()).isFalse();
            assertThat(item.restrictions()).isEmpty();
        });
    }

    @Test
    void aReservationTheSubscriptionMayNotBuyIsRestrictedWithTheReason() {
        List<InventoryItem> items = catalog.checkInventory(US, new InventoryCheck(
                List.of(new InventoryTarget(RESERVED_VM, null)),
                Map.of("customerId", CUSTOMER, "azureSubscriptionId", RESTRICTED_SUBSCRIPTION, "armRegionName", "eastus2")));

        assertThat(items).extracting(item -> item.skuId().value()).containsExactly("004G", "004J");
        assertThat(items).allSatisfy(item -> {
            assertThat(item.restricted()).isTrue();
            assertThat(item.restrictions()).singleElement().satisfies(restriction -> {
                assertThat(restriction.reasonCode()).isEqualTo("NotAvailableForSubscription");
                assertThat(restriction.properties()).containsEntry("values", "eastus2");
            });
        });
    }

    @Test
    void itemsPartnerCenterDoesNotKnowAreLeftOutOfTheInventoryAnswer() {
        List<InventoryItem> items = catalog.checkInventory(US, new InventoryCheck(
                List.of(new InventoryTarget(ProductId.of("NOSUCHPRODUCT"), null),
                        new InventoryTarget(ProductId.of("CFQ7TTC0LF8S"), SkuId.of("0001"))),
                Map.of()));

        assertThat(items).extracting(item -> item.productId().value(), InventoryItem::restricted)
                .containsExactly(tuple("CFQ7TTC0LF8S", false));
    }

    @Test
    void anInventoryCheckWithoutTheVariablesTheSkuNeedsIsRejected3000() {
        assertThatThrownBy(() -> catalog.checkInventory(US, new InventoryCheck(
                List.of(new InventoryTarget(RESERVED_VM, SkuId.of("004G"))), Map.of("customerId", CUSTOMER))))
                .isInstanceOfSatisfying(PartnerCenterException.Rejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("3000");
                    assertThat(rejected.description()).contains("azureSubscriptionId");
                });
    }
}

package org.partnercommerce.emulator.catalog;

import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.wire.Json;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TheCatalogSeedIsConsistent {

    private final Catalog catalog = Catalog.seeded();

    @Test
    void theSeedListsTheMarketsWithTheirCurrencies() {
        assertThat(catalog.markets()).extracting(Market::country).contains("US", "DE", "FR", "NL", "IE", "NO", "GB", "CH", "JP", "CA");
        assertThat(catalog.market("no")).map(Market::currency).contains("NOK");
        assertThat(catalog.market("CH")).map(Market::currency).contains("CHF");
    }

    @Test
    void theOffice365E5PricesAreThoseOfTheDocumentation() {
        MarketCatalog us = catalog.in(catalog.market("US").orElseThrow());
        Product product = us.product("CFQ7TTC0LF8S").orElseThrow();
        Sku sku = us.sku(product, "0001").orElseThrow();

        Term yearBilledMonthly = us.availability(sku, "CFQ7TTC0VZW5").orElseThrow().terms().getFirst();
        Term month = us.availability(sku, "CFQ7TTC0N81H").orElseThrow().terms().getFirst();

        assertThat(yearBilledMonthly.termDuration()).contains("P1Y");
        assertThat(yearBilledMonthly.cycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(yearBilledMonthly.listPrice("USD")).contains(new BigDecimal("30.4"));
        assertThat(month.termDuration()).contains("P1M");
        assertThat(month.listPrice("USD")).contains(new BigDecimal("36.48"));
        assertThat(month.listPrice("EUR")).isPresent();
    }

    @Test
    void everyTermIsPricedInTheCurrencyOfEveryCountryItIsSoldIn() {
        for (Product product : catalog.allProducts()) {
            for (Sku sku : product.skus()) {
                for (Availability availability : sku.availabilities()) {
                    for (String country : availability.countries()) {
                        String currency = catalog.market(country).orElseThrow().currency();
                        assertThat(availability.terms()).allSatisfy(term ->
                                assertThat(term.listPrice(currency)).as(product.id() + ":" + sku.id() + ":" + availability.id() + " in " + currency).isPresent());
                    }
                }
            }
        }
    }

    @Test
    void aSeedWithAnUnpricedCurrencyIsRefusedAtStart() {
        String seed = """
                {"markets": [{"country": "US", "currency": "USD", "currencySymbol": "$"}, {"country": "DE", "currency": "EUR", "currencySymbol": "€"}],
                 "products": [{"id": "P1", "title": "t", "description": "d", "targetViews": ["OnlineServices"],
                   "skus": [{"id": "0001", "title": "t", "minimumQuantity": 1, "maximumQuantity": 10, "supportedBillingCycles": ["monthly"],
                     "availabilities": [{"id": "A1", "countries": ["US", "DE"],
                       "terms": [{"id": "t1", "duration": "P1M", "billingCycle": "Monthly", "listPrices": {"USD": 1.0}}]}]}]}]}
                """;

        assertThatThrownBy(() -> Catalog.of(read(seed)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("P1 SKU 0001 availability A1 term t1: no list price in EUR");
    }

    @Test
    void aSeedWithATermItsSkuDoesNotBillIsRefusedAtStart() {
        String seed = """
                {"markets": [{"country": "US", "currency": "USD", "currencySymbol": "$"}],
                 "products": [{"id": "P1", "title": "t", "description": "d", "targetViews": ["Nowhere"],
                   "skus": [{"id": "0001", "title": "t", "minimumQuantity": 1, "maximumQuantity": 10, "supportedBillingCycles": ["monthly"],
                     "availabilities": [{"id": "A1", "countries": ["US", "XX"],
                       "terms": [{"id": "t1", "duration": "1 month", "billingCycle": "Annual", "listPrices": {"USD": 1.0}}]}]}]}]}
                """;

        assertThatThrownBy(() -> Catalog.of(read(seed)))
                .hasMessageContaining("unknown target view Nowhere")
                .hasMessageContaining("country XX is not a market")
                .hasMessageContaining("billing cycle Annual is not among the SKU's supportedBillingCycles")
                .hasMessageContaining("duration 1 month is not ISO 8601");
    }

    @Test
    void billingCyclesAreReadInAnySpellingAndWrittenAsPartnerCenterWritesThem() {
        assertThat(BillingCycle.parse("one_time")).contains(BillingCycle.ONE_TIME);
        assertThat(BillingCycle.parse("OneTime")).contains(BillingCycle.ONE_TIME);
        assertThat(BillingCycle.parse("ONE_TIME")).contains(BillingCycle.ONE_TIME);
        assertThat(BillingCycle.parse("Monthly")).contains(BillingCycle.MONTHLY);
        assertThat(BillingCycle.parse("fortnightly")).isEmpty();
        assertThat(BillingCycle.ONE_TIME.wire()).isEqualTo("one_time");
        assertThat(BillingCycle.ONE_TIME.termWire()).isEqualTo("OneTime");
        assertThat(BillingCycle.TRIENNIAL.termWire()).isEqualTo("Triennial");
    }

    @Test
    void theDocumentedTargetViewTypoReadsAsTheViewItMeant() {
        assertThat(TargetView.parse("AzureAzureReservationsVM").map(TargetView::canonical)).contains(TargetView.AZURE_RESERVATIONS_VM);
        assertThat(TargetView.parse("onlineservices")).contains(TargetView.ONLINE_SERVICES);
    }

    private static Catalog.Seed read(String json) throws Exception {
        return Json.mapper().readValue(json, Catalog.Seed.class);
    }
}

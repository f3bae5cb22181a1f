package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;

class TheCatalogIsReadByCountry {

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;
    private static String token;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        client = new PartnerCenterClient(emulator);
        token = client.appToken();
    }

    @Test
    void onlineServicesListsTheNewCommerceLicencesAndTheSaasOffers() {
        assertThat(productIds("/v1/products?country=US&targetView=OnlineServices")).containsExactlyInAnyOrder(
                "CFQ7TTC0LH0Z", "CFQ7TTC0LFLS", "CFQ7TTC0LFLZ", "CFQ7TTC0LF8S", "CFQ7TTC0MM8R", "CFQ7TTC0HHS9",
                "DZH318Z0BXWC", "DZH318Z0C0WF");
    }

    @Test
    void microsoftAzureListsTheAzurePlan() {
        assertThat(productIds("/v1/products?country=US&targetView=MicrosoftAzure")).containsExactly("DZH318Z0BPS6");
    }

    @Test
    void azureListsTheAzurePlanAndTheReservations() {
        assertThat(productIds("/v1/products?country=US&targetView=Azure")).containsExactlyInAnyOrder("DZH318Z0BPS6", "DZH318Z0BQ36");
    }

    @Test
    void azureReservationsListsTheReservedInstancesAlsoForTheAzurePlanScope() {
        assertThat(productIds("/v1/products?country=US&targetView=AzureReservations")).containsExactly("DZH318Z0BQ36");
        assertThat(productIds("/v1/products?country=US&targetView=AzureReservations&reservationScope=AzurePlan")).containsExactly("DZH318Z0BQ36");
        assertThat(productIds("/v1/products?country=US&targetView=AzureReservationsSQL")).isEmpty();
    }

    @Test
    void softwareAndSoftwarePerpetualListThePerpetualSoftware() {
        assertThat(productIds("/v1/products?country=US&targetView=SoftwarePerpetual")).containsExactlyInAnyOrder("DG7GMGF0DWTL", "DG7GMGF0DWM3");
        assertThat(productIds("/v1/products?country=US&targetView=Software")).containsExactlyInAnyOrder("DG7GMGF0DWTL", "DG7GMGF0DWM3");
    }

    @Test
    void aProductIsListedOnlyInTheCountriesItIsSoldIn() {
        assertThat(productIds("/v1/products?country=JP&targetView=OnlineServices"))
                .contains("CFQ7TTC0LF8S", "CFQ7TTC0HHS9")
                .doesNotContain("DZH318Z0BXWC", "DZH318Z0C0WF");
        assertThat(productIds("/v1/products?country=NO&targetView=OnlineServices")).doesNotContain("CFQ7TTC0HHS9");
    }

    @Test
    void aProductNotSoldInTheCountryIsNotFound() {
        Reply reply = client.get("/v1/products/DZH318Z0BXWC?country=JP", token);

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 400013);
    }

    @Test
    void theTargetSegmentKeepsTheProductsSoldToThatSegment() {
        assertThat(productIds("/v1/products?country=US&targetView=OnlineServices&targetSegment=education")).containsExactly("CFQ7TTC0LF8S");
        assertThat(productIds("/v1/products?country=DE&targetView=OnlineServices&targetSegment=Education")).isEmpty();
        assertThat(productIds("/v1/products?country=US&targetView=OnlineServices&targetSegment=commercial")).hasSize(8);
    }

    @Test
    void aProductCarriesItsTypeAndLinksToItsSkus() {
        JsonNode product = ok("/v1/products/DZH318Z0BQ36?country=US");

        assertThat(product.get("id").asText()).isEqualTo("DZH318Z0BQ36");
        assertThat(product.get("title").asText()).isEqualTo("Reserved VM Instance, Standard_NV12, US East 2");
        assertThat(product.get("description").asText()).isNotBlank();
        assertThat(product.get("productType").get("id").asText()).isEqualTo("Azure");
        assertThat(product.get("productType").get("subType").get("id").asText()).isEqualTo("VirtualMachines");
        assertThat(product.get("isMicrosoftProduct").asBoolean()).isTrue();
        assertThat(product.get("publisherName").asText()).isEqualTo("Microsoft Corporation");
        assertThat(product.get("links").get("skus").get("uri").asText()).isEqualTo("/products/DZH318Z0BQ36/skus?country=US");
    }

    @Test
    void productIdsAreMatchedInAnyCase() {
        assertThat(ok("/v1/products/cfq7ttc0lf8s/skus/0001/availabilities/cfq7ttc0n81h?country=us").get("catalogItemId").asText())
                .isEqualTo("CFQ7TTC0LF8S:0001:CFQ7TTC0N81H");
    }

    @Test
    void theSkusOfAProductAreListedWithTheirLinks() {
        JsonNode skus = ok("/v1/products/DZH318Z0BXWC/skus?country=US");

        assertThat(ids(skus)).containsExactly("0001", "0002");
        JsonNode medium = skus.get("items").get(1);
        assertThat(medium.get("productId").asText()).isEqualTo("DZH318Z0BXWC");
        assertThat(medium.get("title").asText()).isEqualTo("Barracuda WaaS - Medium Plan");
        assertThat(medium.get("links").get("availabilities").get("uri").asText())
                .isEqualTo("/products/DZH318Z0BXWC/skus/0002/availabilities?country=US");
        assertThat(medium.get("attributes").get("objectType").asText()).isEqualTo("Sku");
    }

    @Test
    void aReservationSkuNeedsAnInventoryCheckAndAnAzureSubscription() {
        JsonNode sku = ok("/v1/products/DZH318Z0BQ36/skus/004G?country=US");

        assertThat(sku.get("title").asText()).isEqualTo("Reserved VM Instance, Standard_NV12, US East 2, 1 Year");
        assertThat(sku.get("maximumQuantity").asInt()).isEqualTo(999999999);
        assertThat(texts(sku.get("supportedBillingCycles"))).containsExactly("one_time");
        assertThat(texts(sku.get("purchasePrerequisites"))).containsExactly("InventoryCheck", "AzureSubscriptionRegistration");
        assertThat(texts(sku.get("inventoryVariables"))).containsExactly("CustomerId", "AzureSubscriptionId", "ArmRegionName");
        assertThat(texts(sku.get("provisioningVariables"))).containsExactly("Scope", "SubscriptionId", "Duration");
        JsonNode attributes = sku.get("dynamicAttributes");
        assertThat(attributes.get("armSkuName").asText()).isEqualTo("Standard_NV12");
        assertThat(attributes.get("armRegionName").asText()).isEqualTo("eastus2");
        assertThat(attributes.get("duration").asText()).isEqualTo("1Year");
        assertThat(ok("/v1/products/DZH318Z0BQ36/skus/004J?country=US").get("dynamicAttributes").get("duration").asText()).isEqualTo("3Years");
    }

    @Test
    void aWindows365SkuEnforcesAttestation() {
        JsonNode attestation = ok("/v1/products/CFQ7TTC0HHS9/skus/0001?country=US").get("attestationProperties");

        assertThat(attestation.get("attestationType").asText()).isEqualTo("Windows365");
        assertThat(attestation.get("enforceAttestation").asBoolean()).isTrue();
        assertThat(ok("/v1/products/CFQ7TTC0LF8S/skus/0001?country=US").has("attestationProperties")).isFalse();
    }

    @Test
    void anAddOnSkuNamesTheSkusItNeeds() {
        JsonNode attributes = ok("/v1/products/CFQ7TTC0MM8R/skus/0002?country=US").get("dynamicAttributes");

        assertThat(attributes.get("isAddon").asBoolean()).isTrue();
        assertThat(texts(attributes.get("prerequisiteSkus"))).containsExactly("CFQ7TTC0LFLZ:0002", "CFQ7TTC0LF8S:0001");
    }

    @Test
    void aFreeTrialSkuIsATrialBilledNone() {
        JsonNode sku = ok("/v1/products/DZH318Z0C0WF/skus/0001?country=US");
        JsonNode term = ok("/v1/products/DZH318Z0C0WF/skus/0001/availabilities/DZH318Z0BP69?country=US").get("terms").get(0);

        assertThat(sku.get("isTrial").asBoolean()).isTrue();
        assertThat(texts(sku.get("supportedBillingCycles"))).containsExactly("none");
        assertThat(term.get("duration").asText()).isEqualTo("P1M");
        assertThat(term.get("billingCycle").asText()).isEqualTo("None");
        assertThat(term.get("renewalOptions").findValuesAsText("termDuration")).containsExactly("P1M", "P1Y");
    }

    @Test
    void anAvailabilityIsInTheCurrencyOfTheCountryItIsReadFor() {
        String path = "/v1/products/CFQ7TTC0LFLZ/skus/0002/availabilities/CFQ7TTC0K4TS?country=";
        List<String> currencies = new ArrayList<>();
        for (String country : List.of("US", "DE", "FR", "NL", "IE", "NO", "GB", "CH", "JP", "CA")) {
            JsonNode availability = ok(path + country);
            assertThat(availability.get("country").asText()).isEqualTo(country);
            currencies.add(availability.get("defaultCurrency").get("code").asText());
        }
        assertThat(currencies).containsExactly("USD", "EUR", "EUR", "EUR", "EUR", "NOK", "GBP", "CHF", "JPY", "CAD");
        assertThat(ok(path + "DE").get("defaultCurrency").get("symbol").asText()).isEqualTo("€");
    }

    @Test
    void anAvailabilityCarriesItsIdsSegmentTermsAndEmbeddedProductAndSku() {
        JsonNode availability = ok("/v1/products/CFQ7TTC0LF8S/skus/0001/availabilities/CFQ7TTC0VZW5?country=US");

        assertThat(availability.get("id").asText()).isEqualTo("CFQ7TTC0VZW5");
        assertThat(availability.get("productId").asText()).isEqualTo("CFQ7TTC0LF8S");
        assertThat(availability.get("skuId").asText()).isEqualTo("0001");
        assertThat(availability.get("catalogItemId").asText()).isEqualTo("CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5");
        assertThat(availability.get("segment").asText()).isEqualTo("commercial");
        assertThat(availability.get("isPurchasable").asBoolean()).isTrue();
        assertThat(availability.get("product").get("id").asText()).isEqualTo("CFQ7TTC0LF8S");
        assertThat(availability.get("sku").get("title").asText()).isEqualTo("Office 365 E5 without Audio Conferencing");
        assertThat(availability.get("attributes").get("objectType").asText()).isEqualTo("Availability");
        JsonNode term = availability.get("terms").get(0);
        assertThat(term.get("id").asText()).matches("[a-z]{12}");
        assertThat(term.get("duration").asText()).isEqualTo("P1Y");
        assertThat(term.get("billingCycle").asText()).isEqualTo("Monthly");
        assertThat(term.get("description").asText()).isNotBlank();
        assertThat(term.get("cancellationPolicies").get(0).get("refundOptions").findValuesAsText("type")).containsExactly("Full", "Partial");
        assertThat(term.has("listPrices")).as("Partner Center sends no prices with terms").isFalse();
    }

    @Test
    void microsoft365E5OffersEveryTermAndBillingCyclePair() {
        JsonNode terms = ok("/v1/products/CFQ7TTC0LFLZ/skus/0002/availabilities/CFQ7TTC0K4TS?country=US").get("terms");

        List<String> pairs = new ArrayList<>();
        terms.forEach(term -> pairs.add(term.get("duration").asText() + " " + term.get("billingCycle").asText()));
        assertThat(pairs).containsExactly("P1M Monthly", "P1Y Monthly", "P1Y Annual", "P3Y Annual", "P3Y Triennial");
    }

    @Test
    void theAzurePlanAndPerpetualSoftwareHaveNoTermDuration() {
        JsonNode azurePlan = ok("/v1/products/DZH318Z0BPS6/skus/0001/availabilities?country=US").get("items").get(0).get("terms").get(0);
        JsonNode software = ok("/v1/products/DG7GMGF0DWM3/skus/0002/availabilities/DG7GMGF0DT1M?country=US").get("terms").get(0);

        assertThat(azurePlan.has("duration")).isFalse();
        assertThat(azurePlan.get("billingCycle").asText()).isEqualTo("Monthly");
        assertThat(software.has("duration")).isFalse();
        assertThat(software.get("billingCycle").asText()).isEqualTo("OneTime");
    }

    @Test
    void theAvailabilitiesOfASkuAreFilteredByCountryAndSegment() {
        String path = "/v1/products/CFQ7TTC0LF8S/skus/0001/availabilities";

        assertThat(ids(ok(path + "?country=US"))).containsExactly("CFQ7TTC0VZW5", "CFQ7TTC0N81H", "CFQ7TTC0N8SP");
        assertThat(ids(ok(path + "?country=US&targetSegment=commercial"))).containsExactly("CFQ7TTC0VZW5", "CFQ7TTC0N81H");
        assertThat(ids(ok(path + "?country=US&targetSegment=education"))).containsExactly("CFQ7TTC0N8SP");
        assertThat(ids(ok(path + "?country=DE"))).containsExactly("CFQ7TTC0VZW5", "CFQ7TTC0N81H");
        assertThat(client.get(path + "/CFQ7TTC0N8SP?country=DE", token).status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
            "/v1/products/NOPE?country=US, 404, 400013",
            "/v1/products/NOPE/skus?country=US, 404, 400013",
            "/v1/products/CFQ7TTC0LF8S/skus/9999?country=US, 404, 400018",
            "/v1/products/CFQ7TTC0LF8S/skus/9999/availabilities?country=US, 404, 400018",
            "/v1/products/CFQ7TTC0LF8S/skus/0001/availabilities/NOPE?country=US, 404, 400019",
            "/v1/products/CFQ7TTC0LF8S/skus/0001/availabilities/CFQ7TTC0K4TS?country=US, 404, 400019",
            "/v1/products?targetView=OnlineServices, 400, 3000",
            "/v1/products/CFQ7TTC0LF8S, 400, 3000",
            "/v1/products/CFQ7TTC0LF8S/skus/0001/availabilities, 400, 3000",
            "/v1/products?country=USA&targetView=OnlineServices, 400, 3000",
            "/v1/products?country=US, 400, 3000",
            "/v1/products?country=US&targetView=Everything, 400, 900126",
            "/v1/products?country=US&targetView=SoftwareSUSELinux, 403, 400036",
            "/v1/products?country=US&targetView=OnlineServices&targetSegment=government, 403, 400030",
            "/v1/products/CFQ7TTC0LF8S/skus?country=US&targetSegment=government, 403, 400030",
            "/v1/products?country=US&targetView=OnlineServices&targetSegment=pirates, 400, 900126",
            "/v1/products?country=US&targetView=AzureReservations&reservationScope=Everywhere, 400, 900126",
            "/v1/products?country=XX&targetView=OnlineServices, 403, 2030",
    })
    void aCatalogReadThatCannotBeAnsweredIsAnApiFault(String path, int status, int code) {
        Reply reply = client.get(path, token);

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertApiFault(reply.json(), code);
    }

    @Test
    void aMissingParameterIsNamedInTheFaultData() {
        assertThat(client.get("/v1/products/CFQ7TTC0LF8S", token).json().get("data").get(0).asText()).isEqualTo("country");
    }

    private JsonNode ok(String path) {
        Reply reply = client.get(path, token);
        assertThat(reply.status()).as(path + " → " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private List<String> productIds(String path) {
        return ids(ok(path));
    }

    static List<String> ids(JsonNode collection) {
        assertThat(collection.get("totalCount").asInt()).isEqualTo(collection.get("items").size());
        List<String> ids = new ArrayList<>();
        collection.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** A partner's engineer browses the catalog through our API, served by the emulator as Partner Center. */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class CatalogJourneyTest {

    private static final String NCE_PRODUCT = "CFQ7TTC0LH0Z";
    private static final String RESERVATION = "DZH318Z0BQ36";

    @Test
    void aPartnerFindsAnNceLicenceAndTheTermsItCanBeBoughtOn() {
        String token = Tokens.partner();

        given().auth().oauth2(token)
                .queryParam("country", "US").queryParam("targetView", "OnlineServices")
                .get("/v1/products")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("attributes.objectType", equalTo("Collection"))
                .body("totalCount", greaterThan(0))
                .body("items.id", hasItem(NCE_PRODUCT))
                .body("items.attributes.objectType", everyItem(equalTo("Product")));

        given().auth().oauth2(token).queryParam("country", "US")
                .get("/v1/products/{p}", NCE_PRODUCT)
                .then().statusCode(200)
                .body("id", equalTo(NCE_PRODUCT))
                .body("links.skus.uri", equalTo("/products/" + NCE_PRODUCT + "/skus?country=US"));

        given().auth().oauth2(token).queryParam("country", "US")
                .get("/v1/products/{p}/skus", NCE_PRODUCT)
                .then().statusCode(200)
                .body("items.id", hasItem("0001"))
                .body("items[0].minimumQuantity", notNullValue());

        given().auth().oauth2(token).queryParam("country", "US")
                .get("/v1/products/{p}/skus/{s}/availabilities", NCE_PRODUCT, "0001")
                .then().statusCode(200)
                .body("items.catalogItemId", hasItem("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P"))
                .body("items[0].defaultCurrency.code", equalTo("USD"));

        given().auth().oauth2(token).queryParam("country", "US")
                .get("/v1/products/{p}/skus/{s}/availabilities/{a}", NCE_PRODUCT, "0001", "CFQ7TTC0K18P")
                .then().statusCode(200)
                .body("catalogItemId", equalTo("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P"))
                .body("terms.find { it.duration == 'P1M' }.billingCycle", equalTo("monthly"));
    }

    @Test
    void anAzureReservationNamesItsPrerequisitesAndTheInventoryCheckAnswersForTheContext() {
        String token = Tokens.partner();

        given().auth().oauth2(token).queryParam("country", "US")
                .get("/v1/products/{p}/skus/{s}", RESERVATION, "004G")
                .then().statusCode(200)
                .body("purchasePrerequisites", hasItem("InventoryCheck"))
                .body("provisioningVariables", hasItems("Scope", "SubscriptionId"))
                .body("dynamicAttributes.armRegionName", equalTo("eastus2"));

        given().auth().oauth2(token).queryParam("country", "US").contentType(ContentType.JSON)
                .body(inventoryRequest("aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e"))
                .post("/v1/extensions/product/checkInventory")
                .then().statusCode(200)
                .body("size()", greaterThan(0))
                .body("find { it.skuId == '004G' }.isRestricted", equalTo(false));

        given().auth().oauth2(token).queryParam("country", "US").contentType(ContentType.JSON)
                .body(inventoryRequest("bbbb1b1b-cc2c-dd3d-ee4e-ffffff5f5f5f"))
                .post("/v1/extensions/product/checkinventory")
                .then().statusCode(200)
                .body("find { it.skuId == '004G' }.isRestricted", equalTo(true))
                .body("find { it.skuId == '004G' }.restrictions[0].reasonCode", equalTo("NotAvailableForSubscription"));
    }

    @Test
    void aReaderMayBrowseTheCatalog() {
        given().auth().oauth2(Tokens.reader())
                .queryParam("country", "DE").queryParam("targetView", "OnlineServices")
                .get("/v1/products")
                .then().statusCode(200).body("items", notNullValue());
    }

    @Test
    void theCallersCorrelationIdIsAnsweredBack() {
        given().auth().oauth2(Tokens.partner())
                .header("MS-CorrelationId", "3f1c9e0a-5b7d-4c2e-9a8f-1b2c3d4e5f60")
                .queryParam("country", "US")
                .get("/v1/products/{p}", NCE_PRODUCT)
                .then().statusCode(200)
                .header("MS-CorrelationId", equalTo("3f1c9e0a-5b7d-4c2e-9a8f-1b2c3d4e5f60"));
    }

    @Test
    void requestsAcceptPascalCaseNamesAndComments() {
        given().auth().oauth2(Tokens.partner()).queryParam("country", "US").contentType(ContentType.JSON)
                .body("""
                        {
                          /* Partner Center's own examples carry comments and PascalCase names */
                          "TargetItems": [ { "ProductId": "%s", "SkuId": "004G" } ],
                          "InventoryContext": { "customerId": "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d",
                                                "azureSubscriptionId": "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e",
                                                "armRegionName": "eastus2" }
                        }""".formatted(RESERVATION))
                .post("/v1/extensions/product/checkInventory")
                .then().statusCode(200)
                .body("productId", hasItem(RESERVATION))
                .body(containsString("isRestricted"));
    }

    static String inventoryRequest(String subscriptionId) {
        return """
                {"targetItems":[{"productId":"%s","skuId":"004G"}],
                 "inventoryContext":{"customerId":"d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d",
                                     "azureSubscriptionId":"%s","armRegionName":"eastus2"}}""".formatted(RESERVATION, subscriptionId);
    }
}

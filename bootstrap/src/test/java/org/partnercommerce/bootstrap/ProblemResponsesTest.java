package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Every refusal is an RFC 9457 problem with a stable type, Partner Center's code where one exists, and the correlation id. */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class ProblemResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    void noTokenIsA401ProblemWithABearerChallenge() {
        problem(given().queryParam("country", "US").queryParam("targetView", "OnlineServices").get("/v1/products")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer")), "unauthenticated");
    }

    @Test
    void aTokenThatIsNotAJwtIsA401Problem() {
        problem(given().auth().oauth2("not-a-token").queryParam("country", "US").queryParam("targetView", "OnlineServices")
                .get("/v1/products").then().statusCode(401), "unauthenticated");
    }

    @Test
    void aTokenForPartnerCenterRatherThanForUsIsA401Problem() {
        String partnerCenterToken = Tokens.fetch("demo-partner", "demo-partner-secret", "https://api.partnercenter.microsoft.com/.default");

        problem(given().auth().oauth2(partnerCenterToken).queryParam("country", "US").queryParam("targetView", "OnlineServices")
                .get("/v1/products").then().statusCode(401), "unauthenticated");
    }

    @Test
    void aPageSizeThatIsNotANumberIsA400ProblemNotA404() {
        for (String size : new String[] {"abc", "5.5", " ", "99999999999", "0", "501", "-1"}) {
            problem(given().auth().oauth2(Tokens.partner()).queryParam("size", size)
                    .get("/v1/customers/{c}/orders", Seed.WINGTIP_TOYS).then().statusCode(400), "invalid-request")
                    .body("errors[0].field", equalTo("size"));
        }
    }

    @Test
    void aMissingCountryIsA400ProblemWithCode3000() {
        problem(given().auth().oauth2(Tokens.partner()).queryParam("targetView", "OnlineServices").get("/v1/products")
                .then().statusCode(400), "invalid-request")
                .body("code", equalTo("3000"))
                .body("errors[0].field", equalTo("country"))
                .body("detail", containsString("country"));
    }

    @Test
    void anUnknownTargetViewIsA400ProblemNamingTheKnownOnes() {
        problem(given().auth().oauth2(Tokens.partner()).queryParam("country", "US").queryParam("targetView", "Everything")
                .get("/v1/products").then().statusCode(400), "invalid-request")
                .body("detail", containsString("OnlineServices"));
    }

    @Test
    void anUnknownProductIsA404ProblemWithPartnerCentersCode() {
        problem(given().auth().oauth2(Tokens.partner()).queryParam("country", "US").get("/v1/products/NOSUCHPRODUCT")
                .then().statusCode(404), "not-found")
                .body("code", equalTo("400013"));
    }

    @Test
    void anUnknownSkuIsA404ProblemWithPartnerCentersCode() {
        problem(given().auth().oauth2(Tokens.partner()).queryParam("country", "US").get("/v1/products/CFQ7TTC0LH0Z/skus/9999")
                .then().statusCode(404), "not-found")
                .body("code", equalTo("400018"));
    }

    @Test
    void anUnknownAvailabilityIsA404ProblemWithPartnerCentersCode() {
        problem(given().auth().oauth2(Tokens.partner()).queryParam("country", "US")
                .get("/v1/products/CFQ7TTC0LH0Z/skus/0001/availabilities/NOSUCHAVAILABILITY")
                .then().statusCode(404), "not-found")
                .body("code", equalTo("400019"));
    }

    @Test
    void anInventoryRequestThatIsNotJsonIsA400Problem() {
        problem(inventory("{\"targetItems\": [ {\"productId\": ").statusCode(400), "invalid-request")
                .body("detail", containsString("not valid JSON"))
                .body("detail", not(containsString("org.partnercommerce")));
    }

    @Test
    void anInventoryRequestOfTheWrongShapeIsA400Problem() {
        problem(inventory("{\"targetItems\": \"DZH318Z0BQ36\"}").statusCode(400), "invalid-request")
                .body("detail", containsString("targetItems"))
                .body("detail", not(containsString("org.partnercommerce")));
    }

    @Test
    void anInventoryRequestWithoutTargetItemsIsA400Problem() {
        problem(inventory("{\"targetItems\": [], \"inventoryContext\": {}}").statusCode(400), "invalid-request")
                .body("code", equalTo("3000"));
    }

    @Test
    void anInventoryRequestWithoutABodyIsA400Problem() {
        problem(given().auth().oauth2(Tokens.partner()).queryParam("country", "US").contentType(ContentType.JSON)
                .post("/v1/extensions/product/checkInventory").then().statusCode(400), "invalid-request");
    }

    @Test
    void anInventoryRequestThatIsNotJsonMediaIsA415Problem() {
        problem(given().auth().oauth2(Tokens.partner()).queryParam("country", "US").contentType(ContentType.TEXT)
                .body("targetItems=DZH318Z0BQ36").post("/v1/extensions/product/checkInventory")
                .then().statusCode(415), "unsupported-media-type");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        problem(given().auth().oauth2(Tokens.partner()).delete("/v1/products/CFQ7TTC0LH0Z")
                .then().statusCode(405), "method-not-allowed");
    }

    @Test
    void aPathThatDoesNotExistIsA404Problem() {
        problem(given().auth().oauth2(Tokens.partner()).get("/v1/nothing-here")
                .then().statusCode(404), "not-found");
    }

    @Test
    void aMalformedProductIdIsA400Problem() {
        problem(given().auth().oauth2(Tokens.partner()).queryParam("country", "US").get("/v1/products/{p}", "bad id!")
                .then().statusCode(400), "invalid-request");
    }

    private ValidatableResponse inventory(String body) {
        return given().auth().oauth2(Tokens.partner()).queryParam("country", "US").contentType(ContentType.JSON)
                .body(body).post("/v1/extensions/product/checkInventory").then();
    }

    private ValidatableResponse problem(ValidatableResponse response, String type) {
        return response.contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:partner-commerce:problem:" + type))
                .body("title", notNullValue())
                .body("status", equalTo(response.extract().statusCode()))
                .body("correlationId", notNullValue())
                .body(not(containsString("Exception")))
                .header("MS-CorrelationId", notNullValue());
    }
}

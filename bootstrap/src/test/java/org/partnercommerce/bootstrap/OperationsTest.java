package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What operators reach without a token: health (the database included), metrics and the API description. */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessIsPublic() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryCatalogOperation() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Partner Commerce"))
                .body("paths.'/v1/products'.get.summary", notNullValue())
                .body("paths.'/v1/products/{productId}/skus/{skuId}/availabilities'.get.summary", notNullValue())
                .body("paths.'/v1/extensions/product/checkInventory'.post.requestBody", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }
}

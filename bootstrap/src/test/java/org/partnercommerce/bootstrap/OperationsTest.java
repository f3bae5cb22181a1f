package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
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
                .body("paths.'/v1/extensions/product/checkInventory'.post.requestBody", notNullValue());
    }

    @Test
    void theOpenApiDocumentDescribesTheOrderReadsWithExamples() {
        String orders = "paths.'/v1/customers/{customerId}/orders'";
        String provisioning = "paths.'/v1/customers/{customerId}/orders/{orderId}/provisioningstatus'";
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body(orders + ".get.parameters.name", hasItem("billingType"))
                .body(orders + ".get.responses.'200'.content.'application/json'.examples", notNullValue())
                .body(orders + ".get.responses.'400'.content.'application/problem+json'.examples", notNullValue())
                .body(provisioning + ".get.summary", notNullValue())
                .body(provisioning + ".get.responses.'200'.content.'application/json'.examples", notNullValue())
                .body(provisioning + ".get.responses.'503'", notNullValue())
                .body("paths.'/v1/customers/{customerId}/orders/{orderId}'.get.responses.'200'.content.'application/json'.examples",
                        notNullValue());
    }

    /** As in production: callers bring an Entra ID token; nothing in the description fetches one. */
    @Test
    void theApiDescriptionOffersOneSecuritySchemeEntraIdsBearerToken() {
        Map<String, Map<String, Object>> schemes = apiDescription().path("components.securitySchemes");

        assertThat(schemes).containsOnlyKeys("entra-id");
        assertThat(schemes.get("entra-id"))
                .containsEntry("type", "http")
                .containsEntry("scheme", "bearer")
                .containsEntry("bearerFormat", "JWT")
                .doesNotContainKey("flows");
    }

    @Test
    void everyOperationRequiresThatSchemeWithTheRolesItAllows() {
        Map<String, Map<String, Map<String, Object>>> paths = apiDescription().path("paths");

        assertThat(paths).isNotEmpty();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> assertThat(operation.get("security"))
                .as(method + " " + path)
                .asInstanceOf(InstanceOfAssertFactories.LIST)
                .singleElement(InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("entra-id")
                .extractingByKey("entra-id", InstanceOfAssertFactories.LIST)
                .isNotEmpty()
                .isSubsetOf("partner", "reseller", "reader")));
    }

    @Test
    void everyOperationHasAnIdOfItsOwn() {
        Map<String, Map<String, Map<String, Object>>> paths = apiDescription().path("paths");
        List<Object> ids = paths.values().stream().flatMap(operations -> operations.values().stream())
                .map(operation -> operation.get("operationId")).toList();

        assertThat(ids).as("operation ids, which an OpenAPI description requires unique").doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDescribesTheRefusalsAnyCallMayMeetAsProblems() {
        Map<String, Map<String, Map<String, Object>>> paths = apiDescription().path("paths");

        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            for (String status : List.of("401", "403", "429", "503")) {
                assertThat(responses.get(status)).as("%s %s answers %s", method, path, status).isNotNull()
                        .extractingByKey("content", InstanceOfAssertFactories.MAP).containsOnlyKeys("application/problem+json");
            }
            for (String status : List.of("429", "503")) {
                assertThat(responses.get(status)).as("%s %s answers %s with Retry-After", method, path, status)
                        .extractingByKey("headers", InstanceOfAssertFactories.MAP).containsKey("Retry-After");
            }
        }));
    }

    private static ExtractableResponse<Response> apiDescription() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract();
    }
}

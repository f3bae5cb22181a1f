package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Requests refused before or while routing — unknown paths, wrong methods, bodies too large, bad
 * ids, malformed URIs — are measured under one label each, never under the path they were sent to: a caller
 * cannot fill the metrics with labels of its own making and push the real endpoints out. No
 * label carries an exception's class name, not even for a request the HTTP decoder refuses.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class MetricsCannotBeFlooded {

    @TestHTTPResource("/")
    URL root;

    @Test
    void refusedRequestsAddNoLabelOfTheirOwn() throws IOException {
        String marker = "flood" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            String random = marker + i;
            given().get("/v1/" + random).then().statusCode(404);
            given().auth().oauth2(Tokens.partner()).delete("/v1/customers/{c}/carts", random).then().statusCode(405);
            given().auth().oauth2(Tokens.partner()).get("/v1/customers/{c}/carts/{id}", random, random).then().statusCode(400);
            given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).body("x".repeat(1_100_000))
                    .post("/v1/customers/{c}/carts", random).then().statusCode(413);
            given().get("/v1/customers/{c}/orders", random).then().statusCode(401);
            assertThat(RawHttp.exchange(root, "GET /v1/customers/" + random + "%ZZ/carts HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");
        }

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        List<String> serverRequests = Arrays.stream(metrics.split("\n"))
                .filter(line -> line.startsWith("http_server_requests_seconds_count")).toList();

        assertThat(serverRequests).as("the server's request metrics").isNotEmpty();
        assertThat(serverRequests).as("no label made of a path sent").noneMatch(line -> line.contains(marker));
        assertThat(serverRequests).as("a wrong method is measured under its route")
                .anyMatch(line -> line.contains("status=\"405\"") && line.contains("uri=\"/v1/customers/{customerId}/carts\""));
        assertThat(serverRequests).as("an unknown path under one label").anyMatch(line -> line.contains("status=\"404\"")
                && (line.contains("uri=\"NOT_FOUND\"") || line.contains("uri=\"UNMATCHED\"")));
        assertThat(metrics).as("no exception class names in labels").doesNotContain("Exception\"");
    }

    @Test
    void requestsTheHttpDecoderRefusesAreCountedWithoutTheirExceptionsName() throws IOException {
        RawHttp.exchange(root, "GET /v1/products HTTP/1.1\r\nHost: localhost\r\nX-Note: " + "x".repeat(30_000) + "\r\n\r\n");
        RawHttp.exchange(root, "GET /v1/products?country=" + "x".repeat(5_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        RawHttp.exchange(root, "POST /v1/products HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n{}");

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).as("the refusals are counted").containsPattern("(?m)^http_server_errors_total(\\{\\})? [1-9]");
        assertThat(metrics).as("no exception class names in labels").doesNotContain("Exception\"");
    }
}

package org.partnercommerce.adapter.in.rest.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.StoreUnavailable;

/**
 * A failure that reaches the router outside any resource (a filter, a handler of the router) is
 * answered as every other: our database unreachable is a 503 {@code database-unavailable} with
 * {@code Retry-After}, anything else a 500 {@code internal-error} that names nothing internal.
 */
@QuarkusTest
class AFailureOutsideAnyResourceIsAProblemTest {

    /** Two routes of the router itself, failing as a filter or handler would. */
    @ApplicationScoped
    static class FailingRoutes {
        void install(@Observes Router router) {
            router.get("/test-only/database-gone").handler(request -> request.fail(
                    new IllegalStateException("wrapped", new StoreUnavailable("The database cannot be reached: I/O error", null))));
            router.get("/test-only/a-bug").handler(request -> request.fail(new NullPointerException("secret internals")));
        }
    }

    @Test
    void theDatabaseUnreachableIsA503WithRetryAfter() {
        given().get("/test-only/database-gone").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("urn:partner-commerce:problem:database-unavailable"))
                .body("instance", equalTo("/test-only/database-gone"))
                .header("MS-CorrelationId", notNullValue())
                .body("correlationId", notNullValue());
    }

    @Test
    void anythingElseIsA500ThatNamesNothingInternal() {
        given().get("/test-only/a-bug").then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:partner-commerce:problem:internal-error"))
                .body(not(containsString("NullPointerException")))
                .body(not(containsString("secret internals")));
    }
}

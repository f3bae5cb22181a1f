package org.partnercommerce.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.fake.FakePartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterException;

/** Each way Partner Center can fail reaches the caller as its own problem, with Partner Center's code. */
@QuarkusTest
@TestSecurity(user = "partner-systems", roles = Roles.PARTNER)
class PartnerCenterFailuresBecomeProblemsTest {

    @Inject
    FakePartnerCenterCatalog partnerCenter;

    @AfterEach
    void recover() {
        partnerCenter.recover();
    }

    @Test
    void anUnavailablePartnerCenterIsA503WithRetryAfter() {
        partnerCenter.failWith(new PartnerCenterException.Unavailable(null, "Partner Center did not answer in time.", Duration.ofSeconds(30)));

        problem(listProducts().statusCode(503), "partner-center-unavailable")
                .header("Retry-After", equalTo("30"));
    }

    @Test
    void anUnavailablePartnerCenterWithoutAHintStillSaysWhenToRetry() {
        partnerCenter.failWith(new PartnerCenterException.Unavailable(null, "Connection refused.", null));

        problem(listProducts().statusCode(503), "partner-center-unavailable")
                .header("Retry-After", notNullValue());
    }

    @Test
    void aViewThePartnerMayNotSeeIsA403WithPartnerCentersCode() {
        partnerCenter.failWith(new PartnerCenterException.Forbidden("400036", "targetView is not allowed."));

        problem(listProducts().statusCode(403), "partner-center-forbidden").body("code", equalTo("400036"));
    }

    @Test
    void aRequestPartnerCenterRejectsIsA400WithItsCode() {
        partnerCenter.failWith(new PartnerCenterException.Rejected("800070", "Offer not available in the country."));

        problem(listProducts().statusCode(400), "partner-center-rejected")
                .body("code", equalTo("800070"))
                .body("detail", equalTo("Offer not available in the country."));
    }

    @Test
    void aConflictInPartnerCenterIsA409WithItsCode() {
        partnerCenter.failWith(new PartnerCenterException.Conflict("800064", "Cart is being processed by another request."));

        problem(listProducts().statusCode(409), "partner-center-conflict").body("code", equalTo("800064"));
    }

    @Test
    void anUnusableAnswerFromPartnerCenterIsA502() {
        partnerCenter.failWith(new PartnerCenterException.BadGateway(null, "Partner Center refused this service's credentials."));

        problem(listProducts().statusCode(502), "partner-center-bad-gateway");
    }

    @Test
    @TestSecurity(user = "auditor", roles = Roles.READER)
    void aReaderMayBrowse() {
        listProducts().statusCode(200).body("items[0].id", equalTo("CFQ7TTC0LH0Z"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "guest")
    void aCallerWithoutAKnownRoleIsA403Problem() {
        problem(listProducts().statusCode(403), "forbidden");
    }

    private ValidatableResponse listProducts() {
        return given().queryParam("country", "US").queryParam("targetView", "OnlineServices").get("/v1/products").then();
    }

    private ValidatableResponse problem(ValidatableResponse response, String type) {
        return response.contentType("application/problem+json")
                .body("type", equalTo("urn:partner-commerce:problem:" + type))
                .body("correlationId", notNullValue());
    }
}

package org.partnercommerce.adapter.in.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * Our database going away is not the caller's fault and refuses nothing: 503 with
 * {@code Retry-After}, a problem of its own naming nothing internal, and the same request with the
 * same key goes through once the database is back and the claims the failed request held (its key,
 * its cart's lease) are given back — a checkout that Partner Center had done included, bought once.
 */
@QuarkusTest
@TestSecurity(user = "partner-systems", roles = Roles.PARTNER)
class TheDatabaseBeingUnavailableIsA503ProblemTest {

    private static final String CARTS = "/v1/customers/" + Purchasing.CUSTOMER + "/carts";
    private static final String LICENCE = """
            {"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":2,"billingCycle":"monthly","termDuration":"P1M"}]}""";

    @Inject
    Purchasing purchasing;

    @AfterEach
    void databaseBack() {
        purchasing.outage.end();
    }

    @Test
    void aRequestWhileTheDatabaseIsAwayIsA503WithRetryAfterAndTheSameRequestGoesThroughOnceItIsBack() {
        String key = UUID.randomUUID().toString();
        purchasing.outage.begin();

        unavailable(createCart(key));

        purchasing.outage.end();
        // still claimed by the request the database failed, until the held releases run (every 2 s in the service)
        createCart(key).statusCode(409).body("type", containsString("idempotency-key-in-use"));
        assertThat(purchasing.heldReleases.releaseHeld()).as("its key, given back").isOne();
        createCart(key).statusCode(201).body("id", notNullValue());
    }

    @Test
    void aCheckoutPartnerCenterDidWhileTheDatabaseWentAwayIsAnsweredToItsRetryAndBoughtOnce() {
        String cartId = createCart(UUID.randomUUID().toString()).statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        int purchasesBefore = purchasing.partnerCenterCarts.purchases().size();
        purchasing.partnerCenterCarts.beforeNextAnswer(purchasing.outage::begin);

        unavailable(checkout(cartId, key));

        purchasing.outage.end();
        assertThat(purchasing.heldReleases.releaseHeld()).as("the cart's claim and the key, given back").isEqualTo(2);
        checkout(cartId, key).statusCode(201).body("orders", hasSize(1));
        assertThat(purchasing.partnerCenterCarts.purchases()).hasSize(purchasesBefore + 1);
    }

    private static ValidatableResponse unavailable(ValidatableResponse response) {
        return response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "2")
                .body("type", equalTo("urn:partner-commerce:problem:database-unavailable"))
                .body("detail", containsString("same Idempotency-Key"))
                .body("detail", not(containsString("Exception")))
                .body("correlationId", notNullValue());
    }

    private static ValidatableResponse createCart(String key) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(LICENCE).post(CARTS).then();
    }

    private static ValidatableResponse checkout(String cartId, String key) {
        return given().header("Idempotency-Key", key).post(CARTS + "/" + cartId + "/checkout").then();
    }
}

package org.partnercommerce.adapter.in.rest.cart;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercommerce.adapter.in.rest.Roles;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * An attestation is a legal statement: only JSON {@code true} accepts it, {@code false} or its
 * absence declines it, and anything else — a number, a string, an empty or blank string — is a
 * 400 naming the field, with nothing stored. A quantity and a line id are JSON integers.
 */
@QuarkusTest
@TestSecurity(user = "partner-systems", roles = Roles.PARTNER)
class LegalStatementsAndCountsAreTakenOnlyInTheirOwnJsonTypeTest {

    private static final String CARTS = "/v1/customers/" + Purchasing.CUSTOMER + "/carts";

    @Inject
    Purchasing purchasing;

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1", "18446744073709551616", "\"\"", "\" \"", "\"true\"", "\"yes\"", "0.5", "{}", "[true]"})
    void anAttestationThatIsNotAJsonBooleanIsRefused(String value) {
        int before = purchasing.partnerCenterCarts.createCalls();

        refused("""
                {"partnerOnRecordAttestationAccepted": %s, "lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P",
                 "quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]}""".formatted(value), "partnerOnRecordAttestationAccepted");
        refused("""
                {"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly",
                 "termDuration":"P1M","attestationAccepted": %s}]}""".formatted(value), "attestationAccepted");

        assertThat(purchasing.partnerCenterCarts.createCalls()).as("nothing reached Partner Center").isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"5\"", "0.5", "5.0", "true", "\"\"", "18446744073709551616"})
    void aQuantityOrLineIdThatIsNotAJsonIntegerIsRefused(String value) {
        refused("""
                {"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":%s,"billingCycle":"monthly",
                 "termDuration":"P1M"}]}""".formatted(value), "quantity");
        refused("""
                {"lineItems":[{"id":%s,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly",
                 "termDuration":"P1M"}]}""".formatted(value), "id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void aJsonBooleanIsTaken(String value) {
        given().contentType(ContentType.JSON).body("""
                {"lineItems":[{"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"monthly",
                 "termDuration":"P1M","attestationAccepted": %s}]}""".formatted(value))
                .post(CARTS).then().statusCode(201);
    }

    private static void refused(String body, String field) {
        given().contentType(ContentType.JSON).body(body).post(CARTS).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:partner-commerce:problem:invalid-request"))
                .body("detail", containsString(field));
    }
}

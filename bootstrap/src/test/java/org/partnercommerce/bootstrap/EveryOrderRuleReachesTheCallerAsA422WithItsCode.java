package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * One direct order per rule, for Litware (US, indirect reseller 4847383), built on the seeded legacy
 * offers, the bad line next to a good one: the caller gets a 422 naming the bad line (or the order)
 * with Partner Center's code, and the order never reaches Partner Center (a tripwire armed on its
 * create-order route stays unfired), nothing is bought and nothing is kept.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class EveryOrderRuleReachesTheCallerAsA422WithItsCode {

    /** Line 0 of every order here: Intune Device, Litware's reseller on record — breaks no rule. */
    private static final String GOOD_LINE = """
            {"lineItemNumber":0,"offerId":"%s","quantity":5,"partnerIdOnRecord":"%s"}""".formatted(Seed.INTUNE_DEVICE,
            Seed.LITWARES_RESELLER);

    @Inject
    AgroalDataSource database;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void anOrderThatNamesNoReferenceCustomerIs800002() {
        refusedForTheOrder("""
                {"billingCycle":"monthly","lineItems":[%s]}""".formatted(GOOD_LINE), "referenceCustomerId", "800002");
    }

    @Test
    void anOrderThatNamesAnotherReferenceCustomerIs800002() {
        refusedForTheOrder("""
                {"referenceCustomerId":"%s","lineItems":[%s]}""".formatted(Seed.WINGTIP_TOYS, GOOD_LINE), "referenceCustomerId", "800002");
    }

    @Test
    void lineItemNumbersThatDoNotRunFromZeroAre800071() {
        refusedForTheOrder(order("""
                {"lineItemNumber":2,"offerId":"%s","quantity":1}""".formatted(Seed.INTUNE_DEVICE)), "lineItemNumber", "800071");
    }

    @Test
    void anOfferNotSoldInTheCustomersCountryIs800004() {
        refusedOnLine1(order("""
                {"lineItemNumber":1,"offerId":"00000000-0000-0000-0000-000000000000","quantity":1}"""), "offerId", "800004");
    }

    @Test
    void aCatalogItemIdUnknownInTheCustomersCountryIs800004Too() {
        refusedOnLine1(order("""
                {"lineItemNumber":1,"offerId":"CFQ7TTC0ZZZZ:0001:CFQ7TTC0ZZZZ","quantity":1}"""), "offerId", "800004");
    }

    @Test
    void aQuantityAboveTheOffersMaximumIs800017() {
        // Microsoft Azure is bought one at a time
        refusedOnLine1(order("""
                {"lineItemNumber":1,"offerId":"%s","quantity":2}""".formatted(Seed.MICROSOFT_AZURE)), "quantity", "800017");
    }

    @Test
    void aBillingCycleTheOfferIsNotSoldOnIs10013() {
        // Microsoft Azure is billed monthly only; Intune Device monthly or annual
        refusedOnLine1("""
                {"referenceCustomerId":"%s","billingCycle":"Annual","lineItems":[%s,
                  {"lineItemNumber":1,"offerId":"%s","quantity":1}]}""".formatted(Seed.LITWARE, GOOD_LINE, Seed.MICROSOFT_AZURE),
                "billingCycle", "10013");
    }

    @Test
    void aPartnerOnRecordThatIsNotAnIndirectResellerOfTheCustomerIs800016() {
        // 5357564 resells to Alpine Ski House and Wide World Importers, not to Litware
        refusedOnLine1(order("""
                {"lineItemNumber":1,"offerId":"%s","quantity":1,"partnerIdOnRecord":"5357564"}""".formatted(Seed.INTUNE_DEVICE)),
                "partnerIdOnRecord", "800016");
    }

    @Test
    void thePartnersOwnPartnerIdOnRecordIs2072() {
        refusedOnLine1(order("""
                {"lineItemNumber":1,"offerId":"%s","quantity":1,"partnerIdOnRecord":"%s"}""".formatted(Seed.INTUNE_DEVICE, Seed.PARTNER_ID)),
                "partnerIdOnRecord", "2072");
    }

    @Test
    void everyProblemOfEveryLineIsAnsweredAtOnce() {
        Response answer = refused("""
                {"lineItems":[
                  {"lineItemNumber":0,"offerId":"%s","quantity":3},
                  {"lineItemNumber":1,"offerId":"00000000-0000-0000-0000-000000000000","quantity":1,"partnerIdOnRecord":"%s"}]}"""
                .formatted(Seed.MICROSOFT_AZURE, Seed.PARTNER_ID));

        List<Map<String, Object>> errors = answer.path("errors");
        assertThat(errors).extracting(error -> error.get("lineId"), error -> error.get("code"))
                .containsExactly(tuple(null, "800002"), tuple(0, "800017"), tuple(1, "800004"), tuple(1, "2072"));
    }

    private static String order(String secondLine) {
        return """
                {"referenceCustomerId":"%s","billingCycle":"unknown","lineItems":[%s,%s]}""".formatted(Seed.LITWARE, GOOD_LINE, secondLine);
    }

    private void refusedOnLine1(String body, String field, String code) {
        List<Map<String, Object>> errors = refused(body).path("errors");
        assertThat(errors).extracting(error -> error.get("lineId"), error -> error.get("field"), error -> error.get("code"))
                .containsExactly(tuple(1, field, code));
    }

    private void refusedForTheOrder(String body, String field, String code) {
        List<Map<String, Object>> errors = refused(body).path("errors");
        assertThat(errors).extracting(error -> error.get("lineId"), error -> error.get("field"), error -> error.get("code"))
                .containsExactly(tuple(null, field, code));
    }

    /** The order is refused with a 422 and leaves no trace: not at Partner Center, not bought, not kept. */
    private Response refused(String body) {
        NoTrace trace = NoTrace.before(database, emulator, Seed.LITWARE);

        Response answer = given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).body(body)
                .post("/v1/customers/{c}/orders", Seed.LITWARE);

        Problems.assertProblem(answer, 422, "rule-violation");
        trace.assertNoneLeft();
        return answer;
    }
}

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * One bad line per rule, built on seeded items, next to a good line: the caller gets a 422
 * problem naming the bad line and Partner Center's code, the cart never reaches Partner Center
 * (a tripwire armed on its create-cart route stays unfired), nothing is bought and nothing kept.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class EveryLineRuleReachesTheCallerAsA422WithItsCode {

    /** Line 0 of every cart here: Microsoft 365 E5, monthly on P1M — breaks no rule. */
    private static final String GOOD_LINE = """
            {"id":0,"catalogItemId":"%s","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}""".formatted(Seed.M365_E5);
    private static final String RESERVATION_1Y = "DZH318Z0BQ36:004G:DZH318Z08C0S";
    private static final String RESTRICTED_SUBSCRIPTION = "bbbb1b1b-cc2c-dd3d-ee4e-ffffff5f5f5f";
    private static final String ENTRA_ID_P1 = "CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ";

    @Inject
    AgroalDataSource database;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void anUnknownCatalogItemIs10001() {
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"CFQ7TTC0ZZZZ:0001:CFQ7TTC0ZZZZ","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}"""),
                "10001");
    }

    @Test
    void aTermAndBillingCycleTheAvailabilityDoesNotOfferIs10013() {
        // AI Builder capacity is sold on P1M billed monthly only
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P","quantity":1,"billingCycle":"annual","termDuration":"P1Y"}"""),
                "10013");
    }

    @Test
    void aQuantityAboveTheSkusMaximumIs10015() {
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"%s","quantity":2401,"billingCycle":"monthly","termDuration":"P1M"}""".formatted(Seed.M365_E5)),
                "10015");
    }

    @Test
    void aReservationWithoutScopeAndSubscriptionIs10010() {
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"%s","quantity":1,"billingCycle":"one_time","termDuration":"P1Y"}""".formatted(RESERVATION_1Y)),
                "10010");
    }

    @Test
    void aReservationForASubscriptionWhoseInventoryIsRestrictedIs10003() {
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"%s","quantity":1,"billingCycle":"one_time","termDuration":"P1Y",
                 "provisioningContext":{"subscriptionId":"%s","scope":"shared"}}""".formatted(RESERVATION_1Y, RESTRICTED_SUBSCRIPTION)),
                "10003");
    }

    @Test
    void anItemThatEnforcesAttestationWithoutAttestationAcceptedIs10012() {
        // Windows 365 Enterprise: enforceAttestation
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"CFQ7TTC0HHS9:0001:CFQ7TTC0HHT1","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}"""),
                "10012");
    }

    @Test
    void participantsWithoutThePartnerOfRecordAttestationAre10012() {
        refused(Seed.WIDE_WORLD_IMPORTERS, """
                {"lineItems":[%s,
                  {"id":1,"catalogItemId":"%s","quantity":2,"billingCycle":"monthly","termDuration":"P1Y",
                   "participants":[{"key":"transaction_reseller","value":"5357564"}]}]}""".formatted(GOOD_LINE, ENTRA_ID_P1),
                "10012");
    }

    @Test
    void sixAdditionalTransactionResellersAre10010() {
        refused(Seed.WIDE_WORLD_IMPORTERS, attestedCartWithParticipants("""
                {"key":"additional_transaction_reseller","value":"517285"},
                {"key":"additional_transaction_reseller","value":"5357563"},
                {"key":"additional_transaction_reseller","value":"517285"},
                {"key":"additional_transaction_reseller","value":"5357563"},
                {"key":"additional_transaction_reseller","value":"517285"},
                {"key":"additional_transaction_reseller","value":"5357563"}"""), "10010");
    }

    @Test
    void anAdditionalTransactionResellerForACustomerOutsideTheEuIs10010() {
        refused(Seed.ALPINE_SKI_HOUSE, attestedCartWithParticipants("""
                {"key":"transaction_reseller","value":"5357564"},
                {"key":"additional_transaction_reseller","value":"5357564"}"""), "10010");
    }

    @Test
    void twoTransactionResellersAre10010() {
        refused(Seed.WIDE_WORLD_IMPORTERS, attestedCartWithParticipants("""
                {"key":"transaction_reseller","value":"5357564"},
                {"key":"transaction_reseller","value":"517285"}"""), "10010");
    }

    @Test
    void thePartnersOwnPartnerIdAsAParticipantIs2072() {
        refused(Seed.WIDE_WORLD_IMPORTERS, attestedCartWithParticipants("""
                {"key":"transaction_reseller","value":"%s"}""".formatted(Seed.PARTNER_ID)), "2072");
    }

    @Test
    void aParticipantThatIsNotAnIndirectResellerOfTheCustomerIs800016() {
        // 4847383 is Litware's reseller, not Wide World Importers'
        refused(Seed.WIDE_WORLD_IMPORTERS, attestedCartWithParticipants("""
                {"key":"transaction_reseller","value":"4847383"}"""), "800016");
    }

    @Test
    void aCustomTermEndDateOnASaasItemIs10016() {
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"DZH318Z0BXWC:0002:DZH318Z0BMRV","quantity":1,"billingCycle":"monthly","termDuration":"P1M",
                 "customTermEndDate":"%sT00:00:00Z"}""".formatted(Seed.lastDayOfThisMonth())), "10016");
    }

    @Test
    void aCustomTermEndDateInThePastIs10017() {
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"%s","quantity":1,"billingCycle":"monthly","termDuration":"P1M",
                 "customTermEndDate":"2022-02-19T00:00:00Z"}""".formatted(Seed.M365_E5)), "10017");
    }

    @Test
    void aCustomTermEndDateThatIsNotTheEndOfAMonthIs10017() {
        LocalDate midNextMonth = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.firstDayOfNextMonth()).plusDays(14);
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"%s","quantity":1,"billingCycle":"monthly","termDuration":"P1Y",
                 "customTermEndDate":"%sT00:00:00Z"}""".formatted(Seed.M365_E5, midNextMonth)), "10017");
    }

    @Test
    void aMalformedPromotionIdIs10014() {
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"%s","quantity":1,"billingCycle":"monthly","termDuration":"P1Y",
                 "promotionId":"not a promotion!"}""".formatted(Seed.M365_E5)), "10014");
    }

    @Test
    void renewsToOnAnItemThatIsNotATrialIs10010() {
        refused(Seed.WINGTIP_TOYS, cart("""
                {"id":1,"catalogItemId":"%s","quantity":1,"billingCycle":"monthly","termDuration":"P1M",
                 "renewsTo":{"termDuration":"P1Y"}}""".formatted(Seed.M365_E5)), "10010");
    }

    private static String cart(String badLine) {
        return "{\"lineItems\":[" + GOOD_LINE + "," + badLine + "]}";
    }

    /** A good line and a Microsoft Entra ID P1 line naming the participants, on a cart that accepts the partner-of-record attestation. */
    private static String attestedCartWithParticipants(String participants) {
        return """
                {"partnerOnRecordAttestationAccepted":true,"lineItems":[%s,
                  {"id":1,"catalogItemId":"%s","quantity":2,"billingCycle":"monthly","termDuration":"P1Y",
                   "participants":[%s]}]}""".formatted(GOOD_LINE, ENTRA_ID_P1, participants);
    }

    /** The cart is refused for line 1 with the code, and leaves no trace: not at Partner Center, not bought, not kept. */
    private void refused(String customer, String body, String code) {
        NoTrace trace = NoTrace.before(database, emulator, customer);

        Response answer = given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON).body(body)
                .post("/v1/customers/{c}/carts", customer);

        Problems.assertProblem(answer, 422, "rule-violation");
        List<Map<String, Object>> errors = answer.path("errors");
        assertThat(errors).as("the problems").isNotEmpty()
                .extracting(error -> error.get("lineId"), error -> error.get("code"))
                .contains(tuple(1, code));
        assertThat(errors).as("the good line is not blamed").extracting(error -> error.get("lineId")).containsOnly(1);
        trace.assertNoneLeft();
    }
}

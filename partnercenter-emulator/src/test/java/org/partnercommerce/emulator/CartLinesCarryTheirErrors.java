package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Shopping.AI_BUILDER;
import static org.partnercommerce.emulator.Shopping.ALPINE_US;
import static org.partnercommerce.emulator.Shopping.AZURE_PLAN;
import static org.partnercommerce.emulator.Shopping.BARRACUDA_SMALL;
import static org.partnercommerce.emulator.Shopping.E5_P1M;
import static org.partnercommerce.emulator.Shopping.ENTRA_P1;
import static org.partnercommerce.emulator.Shopping.FREE_TRIAL;
import static org.partnercommerce.emulator.Shopping.GOOD_SUBSCRIPTION;
import static org.partnercommerce.emulator.Shopping.LEGACY_AZURE;
import static org.partnercommerce.emulator.Shopping.RESERVATION_1Y;
import static org.partnercommerce.emulator.Shopping.SHORT_SUBSCRIPTION;
import static org.partnercommerce.emulator.Shopping.TREY_GB;
import static org.partnercommerce.emulator.Shopping.WIDE_WORLD_DE;
import static org.partnercommerce.emulator.Shopping.WINDOWS_365;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.LITWARE_US;
import static org.partnercommerce.emulator.Shopping.WINDOWS_SERVER;
import static org.partnercommerce.emulator.Shopping.WINGTIP_US;
import static org.partnercommerce.emulator.Shopping.cart;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.line;
import static org.partnercommerce.emulator.Shopping.lineError;
import static org.partnercommerce.emulator.Shopping.reservationContext;

/** A line problem does not fail the cart: the cart is created (201) and the line carries {@code error}. */
class CartLinesCarryTheirErrors {

    private static PartnerCenterClient client;
    private static String token;

    @BeforeAll
    static void start() {
        client = new PartnerCenterClient(SharedEmulator.get());
        token = client.appToken();
    }

    static int errorOf(String customerId, String line) {
        JsonNode cart = created(client, token, customerId, cart(line));
        return lineError(cart);
    }

    @Test
    void anErrorIsAnIntegerCodeWithADescriptionOnAnOtherwiseNormalLine() {
        JsonNode cart = created(client, token, WINGTIP_US, cart(line("NOPE:0001:NOPE", 1, "monthly", "P1M"), line(E5_P1M, 1, "monthly", "P1M")));

        JsonNode error = cart.get("lineItems").get(0).get("error");
        assertThat(error.get("errorCode").isInt()).isTrue();
        assertThat(error.get("errorCode").asInt()).isEqualTo(10001);
        assertThat(error.get("errorDescription").asText()).contains("NOPE:0001:NOPE");
        assertThat(cart.get("lineItems").get(0).get("orderGroup").asText()).isEqualTo("0");
        assertThat(cart.get("lineItems").get(1).has("error")).isFalse();
        assertThat(cart.get("lineItems").get(1).has("pricing")).isTrue();
    }

    @Nested
    class CatalogItemIdIsNotValid10001 {

        @Test
        void anUnknownItem() {
            assertThat(errorOf(WINGTIP_US, line("CFQ7TTC0LFLZ:0002:NOPE", 1, "monthly", "P1M"))).isEqualTo(10001);
            assertThat(errorOf(WINGTIP_US, line("MS-AZR-9999P", 1, "monthly", null))).isEqualTo(10001);
        }

        @Test
        void anItemNotSoldInTheCustomersCountry() {
            // The education availability is sold in the US only; Trey Research is in GB.
            assertThat(errorOf(TREY_GB, line("CFQ7TTC0LF8S:0001:CFQ7TTC0N8SP", 1, "monthly", "P1Y"))).isEqualTo(10001);
        }
    }

    @Nested
    class BillingPlanNotSupported10013 {

        @ParameterizedTest(name = "{0} {2} {3}")
        @CsvSource(nullValues = "-", value = {
                "a pair the terms do not offer,    CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS, annual,  P1M",
                "a term on the Azure plan,         DZH318Z0BPS6:0001:DZH318Z0BNZM, monthly, P1Y",
                "a term on perpetual software,     DG7GMGF0DWTL:0001:DG7GMGF0DSFM, one_time, P1Y",
                "billing none for a paid item,     CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS, none,    P1M",
                "a trial billed monthly,           DZH318Z0C0WF:0001:DZH318Z0BP69, monthly, P1M",
                "a term-less line for a term item, CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS, monthly, -"})
        void aBillingCycleAndTermThatAreNotOneOfTheAvailabilitysTerms(String why, String item, String cycle, String term) {
            assertThat(errorOf(WINGTIP_US, line(item, 1, cycle, term))).as(why).isEqualTo(10013);
        }

        @Test
        void theAzurePlanAndPerpetualSoftwareWithoutTermAreFine() {
            assertThat(errorOf(WINGTIP_US, line(AZURE_PLAN, 1, "monthly", null))).isZero();
            assertThat(errorOf(WINGTIP_US, line(WINDOWS_SERVER, 1, "OneTime", null))).isZero();
        }

        @Test
        void aTrialRenewsOnlyToWhatItOffers() {
            assertThat(errorOf(WINGTIP_US, line(FREE_TRIAL, 1, "none", "P1M", "\"renewsTo\": {\"termDuration\": \"P3Y\"}"))).isEqualTo(10013);
            assertThat(errorOf(WINGTIP_US, line(FREE_TRIAL, 1, "none", "P1M", "\"renewsTo\": {\"termDuration\": \"P1M\"}"))).isZero();
            assertThat(errorOf(WINGTIP_US, line(FREE_TRIAL, 1, "none", "P1M", "\"renewsTo\": [{\"termDuration\": \"P1Y\"}]"))).isZero();
        }

        @Test
        void aLegacyOfferInACycleItIsNotBilledIn() {
            assertThat(errorOf(WINGTIP_US, line(LEGACY_AZURE, 1, "annual", null))).isEqualTo(10013);
        }
    }

    @Nested
    class MaxAllowedSeatsExceeded10015 {

        @Test
        void aQuantityOutsideTheSkusLimits() {
            assertThat(errorOf(WINGTIP_US, line(E5_P1M, 0, "monthly", "P1M"))).isEqualTo(10015);
            assertThat(errorOf(WINGTIP_US, line(E5_P1M, 2401, "monthly", "P1M"))).isEqualTo(10015);
            assertThat(errorOf(WINGTIP_US, line(BARRACUDA_SMALL, 2, "monthly", "P1M"))).isEqualTo(10015);
            assertThat(errorOf(WINGTIP_US, line(LEGACY_AZURE, 2, "monthly", null))).isEqualTo(10015);
            assertThat(errorOf(WINGTIP_US, line(E5_P1M, 2400, "monthly", "P1M"))).isZero();
        }

        @Test
        void theLimitsAreGivenAsAdditionalInformation() {
            JsonNode error = created(client, token, WINGTIP_US, cart(line(FREE_TRIAL, 26, "none", "P1M")))
                    .get("lineItems").get(0).get("error");

            assertThat(error.get("errorCode").asInt()).isEqualTo(10015);
            assertThat(error.get("additionalInformation").get("maximumQuantity").asInt()).isEqualTo(25);
        }

        @Test
        void theSeatsTheCustomerHoldsCountAgainstTheSkusSeatCap() {
            String windows365 = line(WINDOWS_365, 200, "monthly", "P1M", "\"attestationAccepted\": true");
            String bought = created(client, token, LITWARE_US, cart(windows365)).get("id").asText();
            assertThat(checkout(client, token, LITWARE_US, bought).status()).isEqualTo(201);

            JsonNode error = created(client, token, LITWARE_US,
                    cart(line(WINDOWS_365, 150, "monthly", "P1M", "\"attestationAccepted\": true")))
                    .get("lineItems").get(0).get("error");

            assertThat(error.get("errorCode").asInt()).isEqualTo(10015);
            assertThat(error.get("additionalInformation").get("purchasedQuantity").asInt()).isEqualTo(200);
            assertThat(error.get("additionalInformation").get("availableQuantity").asInt()).isEqualTo(100);
            assertThat(errorOf(LITWARE_US, line(WINDOWS_365, 100, "monthly", "P1M", "\"attestationAccepted\": true"))).isZero();
        }
    }

    @Nested
    class AttestationNotAccepted10012 {

        @Test
        void anItemThatEnforcesAttestationWithoutIt() {
            assertThat(errorOf(WINGTIP_US, line(WINDOWS_365, 1, "monthly", "P1M"))).isEqualTo(10012);
            assertThat(errorOf(WINGTIP_US, line(WINDOWS_365, 1, "monthly", "P1M", "\"attestationAccepted\": false"))).isEqualTo(10012);
            assertThat(errorOf(WINGTIP_US, line(WINDOWS_365, 1, "monthly", "P1M", "\"attestationAccepted\": true"))).isZero();
        }
    }

    @Nested
    class InvalidInput10010 {

        @Test
        void aReservationWithoutTheProvisioningContextItNeeds() {
            assertThat(errorOf(WINGTIP_US, line(RESERVATION_1Y, 1, "one_time", "P1Y"))).isEqualTo(10010);
            assertThat(errorOf(WINGTIP_US, line(RESERVATION_1Y, 1, "one_time", "P1Y",
                    "\"provisioningContext\": {\"subscriptionId\": \"" + GOOD_SUBSCRIPTION + "\"}"))).isEqualTo(10010);
        }

        @Test
        void aReservationWithInvalidProvisioningValues() {
            assertThat(errorOf(WINGTIP_US, line(RESERVATION_1Y, 1, "one_time", "P1Y", reservationContext("not-a-guid", "shared"))))
                    .isEqualTo(10010);
            assertThat(errorOf(WINGTIP_US, line(RESERVATION_1Y, 1, "one_time", "P1Y", reservationContext(GOOD_SUBSCRIPTION, "everywhere"))))
                    .isEqualTo(10010);
            assertThat(errorOf(WINGTIP_US, line(RESERVATION_1Y, 1, "one_time", "P1Y", "\"provisioningContext\": {\"subscriptionId\": \""
                    + GOOD_SUBSCRIPTION + "\", \"scope\": \"shared\", \"duration\": \"3Years\"}"))).isEqualTo(10010);
        }

        @Test
        void aReservationWithItsDurationOrWithoutIsFine() {
            assertThat(errorOf(WINGTIP_US, line(RESERVATION_1Y, 1, "one_time", "P1Y", reservationContext(GOOD_SUBSCRIPTION, "Single"))))
                    .isZero();
            assertThat(errorOf(WINGTIP_US, line(RESERVATION_1Y, 1, "one_time", "P1Y", "\"provisioningContext\": {\"SubscriptionId\": \""
                    + GOOD_SUBSCRIPTION + "\", \"Scope\": \"shared\", \"Duration\": \"1Year\"}"))).isZero();
        }

        @Test
        void renewsToOnAnItemThatIsNotATrial() {
            assertThat(errorOf(WINGTIP_US, line(E5_P1M, 1, "monthly", "P1M", "\"renewsTo\": {\"termDuration\": \"P1Y\"}"))).isEqualTo(10010);
        }
    }

    @Nested
    class InventoryNotAvailable10003 {

        @Test
        void aReservationForASubscriptionWithoutInventoryInTheRegion() {
            JsonNode error = created(client, token, WINGTIP_US, cart(line(RESERVATION_1Y, 1, "one_time", "P1Y",
                    reservationContext(SHORT_SUBSCRIPTION, "shared")))).get("lineItems").get(0).get("error");

            assertThat(error.get("errorCode").asInt()).isEqualTo(10003);
            assertThat(error.get("errorDescription").asText()).contains("eastus2");
        }

        @Test
        void aReservationForAProductRestrictedForTheSubscription() {
            assertThat(errorOf(WINGTIP_US, line(RESERVATION_1Y, 1, "one_time", "P1Y",
                    reservationContext("cccc2c2c-dd3d-ee4e-ff5f-aaaaaa6a6a6a", "shared")))).isEqualTo(10003);
        }
    }

    @Nested
    class ParticipantsInvalid10010 {

        private static String participants(String... keysAndValues) {
            StringBuilder json = new StringBuilder("\"participants\": [");
            for (int i = 0; i < keysAndValues.length; i += 2) {
                json.append(i == 0 ? "" : ",").append("{\"key\": \"").append(keysAndValues[i]).append("\", \"value\": \"")
                        .append(keysAndValues[i + 1]).append("\"}");
            }
            return json.append("]").toString();
        }

        @Test
        void twoTransactionResellers() {
            assertThat(errorOf(WIDE_WORLD_DE, line(ENTRA_P1, 1, "monthly", "P1Y",
                    participants("transaction_reseller", "5357564", "transaction_reseller", "517285")))).isEqualTo(10010);
        }

        @Test
        void moreThanFiveAdditionalTransactionResellers() {
            String six = participants("transaction_reseller", "5357564",
                    "additional_transaction_reseller", "1", "additional_transaction_reseller", "2", "additional_transaction_reseller", "3",
                    "additional_transaction_reseller", "4", "additional_transaction_reseller", "5", "additional_transaction_reseller", "6");
            String five = participants("transaction_reseller", "5357564",
                    "additional_transaction_reseller", "1", "additional_transaction_reseller", "2", "additional_transaction_reseller", "3",
                    "additional_transaction_reseller", "4", "additional_transaction_reseller", "5");

            assertThat(errorOf(WIDE_WORLD_DE, line(ENTRA_P1, 1, "monthly", "P1Y", six))).isEqualTo(10010);
            assertThat(errorOf(WIDE_WORLD_DE, line(ENTRA_P1, 1, "monthly", "P1Y", five))).isZero();
        }

        @Test
        void additionalResellersForACustomerOutsideTheEuAndEea() {
            assertThat(errorOf(ALPINE_US, line(ENTRA_P1, 1, "monthly", "P1Y",
                    participants("transaction_reseller", "5357564", "additional_transaction_reseller", "517285")))).isEqualTo(10010);
            assertThat(errorOf(ALPINE_US, line(ENTRA_P1, 1, "monthly", "P1Y", participants("transaction_reseller", "5357564")))).isZero();
        }

        @Test
        void thePartnersOwnMpnId() {
            assertThat(errorOf(WIDE_WORLD_DE, line(ENTRA_P1, 1, "monthly", "P1Y", participants("transaction_reseller", "1234567"))))
                    .isEqualTo(10010);
        }
    }

    @Nested
    class CustomTermEndDate10016And10017 {

        private final String endOfMonth = "\"customTermEndDate\": \"" + Shopping.lastDayOfThisMonth() + "T00:00:00Z\"";

        @Test
        void onAnItemThatIsNotLicenceBased() {
            assertThat(errorOf(WINGTIP_US, line(BARRACUDA_SMALL, 1, "monthly", "P1M", endOfMonth))).isEqualTo(10016);
            assertThat(errorOf(WINGTIP_US, line(FREE_TRIAL, 1, "none", "P1M", endOfMonth))).isEqualTo(10016);
            assertThat(errorOf(WINGTIP_US, line(WINDOWS_SERVER, 1, "one_time", null, endOfMonth))).isEqualTo(10016);
        }

        @Test
        void notTheLastDayOfAMonth() {
            java.time.LocalDate notLast = Shopping.lastDayOfThisMonth().plusMonths(1).withDayOfMonth(15);
            assertThat(errorOf(WINGTIP_US, line(ENTRA_P1, 1, "monthly", "P1Y", "\"customTermEndDate\": \"" + notLast + "\""))).isEqualTo(10017);
        }

        @Test
        void inThePastOrAfterTheFirstTerm() {
            assertThat(errorOf(WINGTIP_US, line(AI_BUILDER, 1, "monthly", "P1M", "\"customTermEndDate\": \"2022-02-28T00:00:00Z\"")))
                    .isEqualTo(10017);
            java.time.LocalDate twoMonthsOn = Shopping.lastDayOfThisMonth().plusMonths(2)
                    .with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
            assertThat(errorOf(WINGTIP_US, line(AI_BUILDER, 1, "monthly", "P1M", "\"customTermEndDate\": \"" + twoMonthsOn + "\"")))
                    .isEqualTo(10017);
        }

        @Test
        void theEndOfThisMonthOnALicenceIsFine() {
            assertThat(errorOf(WINGTIP_US, line(AI_BUILDER, 1, "monthly", "P1M", endOfMonth))).isZero();
        }
    }

    @Nested
    class InvalidPromotionId10014 {

        @Test
        void aPromotionTheSeedDoesNotKnow() {
            assertThat(errorOf(WINGTIP_US, line(E5_P1M, 1, "monthly", "P1M", "\"promotionId\": \"NOPE\""))).isEqualTo(10014);
        }

        @Test
        void aKnownPromotionForAnotherTerm() {
            assertThat(errorOf(WINGTIP_US, line(E5_P1M, 1, "monthly", "P1M", "\"promotionId\": \"39NFJQT1Q5KL\""))).isEqualTo(10014);
        }

        @Test
        void aKnownPromotionDiscountsThePrice() {
            JsonNode pricing = created(client, token, WINGTIP_US, cart(line("CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS", 2, "annual", "P1Y",
                    "\"promotionId\": \"39NFJQT1Q5KL\""))).get("lineItems").get(0).get("pricing");

            assertThat(pricing.get("listPrice").decimalValue()).isEqualByComparingTo("684");
            assertThat(pricing.get("discountedPrice").decimalValue()).isEqualByComparingTo("581.40");
            assertThat(pricing.get("extendedPrice").decimalValue()).isEqualByComparingTo("1162.80");
        }
    }
}

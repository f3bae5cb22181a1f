package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.ENTRA_P1;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;
import static org.partnercommerce.emulator.Shopping.line;

/**
 * {@code GET /customers/{c}/subscriptions/customTermEndDates} (reference §2 row 31, §3.6): the month
 * ends of a term starting today, and the end dates of the licence subscriptions the customer's
 * orders created here; a cart line may end its first term on exactly those days.
 */
class CustomTermEndDatesAreMonthEndsAndTheEndsOfTheCustomersSubscriptions {

    /** The 2nd of a month: a year's subscription bought today ends on the 1st, not a month end. */
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final MutableClock CLOCK = new MutableClock(NOW);
    private static final Duration PROVISIONING = Duration.ofSeconds(30);

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withClock(CLOCK).withProvisioningDelay(PROVISIONING));
    private static final PartnerCenterClient client = partnerCenter.client();

    private static Reply endDates(String customerId, String query) {
        return client.get("/v1/customers/" + customerId + "/subscriptions/customTermEndDates" + query, client.appToken());
    }

    private static List<String> days(Reply reply, String type) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        List<String> days = new ArrayList<>();
        for (JsonNode item : reply.json().get("items")) {
            if (item.get("allowedCustomTermEndDateType").asText().equals(type)) {
                days.add(item.get("allowedCustomTermEndDate").asText());
            }
        }
        return days;
    }

    @Test
    void aCustomerWithoutSubscriptionsMayEndOnTheMonthEndsOfTheTerm() {
        Reply reply = endDates(Shopping.FOURTH_COFFEE_US, "?term_duration=P1Y");

        List<String> monthEnds = days(reply, "calendarMonthAligned");
        assertThat(monthEnds).hasSize(12).first().isEqualTo("2026-12-31T00:00:00Z");
        assertThat(monthEnds).last().isEqualTo("2027-11-30T00:00:00Z");
        assertThat(days(reply, "subscriptionAligned")).isEmpty();
        assertThat(reply.json().get("attributes").get("objectType").asText()).isEqualTo("Collection");
        assertThat(days(endDates(Shopping.FOURTH_COFFEE_US, "?term_duration=P1M"), "calendarMonthAligned"))
                .containsExactly("2026-12-31T00:00:00Z");
    }

    @Test
    void aBoughtYearSubscriptionIsOneToCoTermWithAndANewLineMayEndWithIt() {
        String customer = Shopping.ALPINE_US;
        String token = client.appToken();
        String cartId = created(client, token, customer, Shopping.cart(line(ENTRA_P1, 3, "monthly", "P1Y"))).get("id").asText();
        String orderId = checkout(client, token, customer, cartId).json().get("orders").get(0).get("id").asText();
        CLOCK.advance(PROVISIONING.plusSeconds(1));
        String subscriptionId = client.get("/v1/customers/" + customer + "/orders/" + orderId, token).json()
                .get("lineItems").get(0).get("subscriptionId").asText();
        LocalDate ends = TODAY.plusYears(1).minusDays(1);

        Reply reply = endDates(customer, "?term_duration=P1Y");
        JsonNode coterm = null;
        for (JsonNode item : reply.json().get("items")) {
            if (item.get("allowedCustomTermEndDateType").asText().equals("subscriptionAligned")) {
                coterm = item;
            }
        }
        assertThat(coterm).as("%s", reply).isNotNull();
        assertThat(coterm.get("allowedCustomTermEndDate").asText()).isEqualTo(ends + "T00:00:00Z");
        assertThat(coterm.get("cotermSubscriptionIds").get(0).asText()).isEqualTo(subscriptionId);
        assertThat(days(endDates(customer, "?term_duration=P1M"), "subscriptionAligned")).as("beyond a month's term").isEmpty();
        assertThat(days(endDates(customer, "?term_duration=P1Y&target_coterm_subscription_id=" + subscriptionId), "calendarMonthAligned"))
                .as("only the target's day").isEmpty();

        JsonNode cart = created(client, token, customer, Shopping.cart(line(ENTRA_P1, 1, "monthly", "P1Y",
                "\"customTermEndDate\": \"" + ends + "T00:00:00Z\"")));
        assertThat(Shopping.lineError(cart)).as("the co-term day").isZero();
        JsonNode dayAfter = created(client, token, customer, Shopping.cart(line(ENTRA_P1, 1, "monthly", "P1Y",
                "\"customTermEndDate\": \"" + ends.plusDays(1) + "T00:00:00Z\"")));
        assertThat(Shopping.lineError(dayAfter)).as("the day after").isEqualTo(10017);
    }

    @Test
    void aTermDurationIsRequiredAndTheStartMayNotBeInThePast() {
        refused(endDates(Shopping.WINGTIP_US, ""), 3000);
        refused(endDates(Shopping.WINGTIP_US, "?term_duration=P2W"), 900126);
        refused(endDates(Shopping.WINGTIP_US, "?term_duration=P1Y&term_start_date=" + TODAY.minusDays(1)), 3000);
        assertThat(days(endDates(Shopping.WINGTIP_US, "?term_duration=P1M&term_start_date=" + TODAY.plusMonths(1)),
                "calendarMonthAligned")).containsExactly(TODAY.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()) + "T00:00:00Z");
    }

    private static void refused(Reply reply, int code) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertApiFault(reply.json(), code);
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        assertThat(endDates("00000000-0000-0000-0000-000000000000", "?term_duration=P1Y").status()).isEqualTo(404);
    }
}

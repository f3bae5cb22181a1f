package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Co-terming, end to end: a customer buys a year of licences, and a new line may then end its
 * first term on the day that subscription ends — a day Partner Center lists as
 * {@code subscriptionAligned} — though it is no month end; the day after is refused with 10017
 * before anything reaches Partner Center.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class ANewSubscriptionCoTermsWithOneTheCustomerBought {

    /** A customer no other test buys for, so that the service has not cached its allowed days yet. */
    private static final String LITWARE = "c501c3c4-d776-40ef-9ecf-9cefb59442c1";
    private static final String ENTRA_ID_P1 = "CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ";

    @Test
    void aLineEndingWithTheCustomersYearSubscriptionIsTakenAndAnotherDayIsRefused() {
        String token = Tokens.partner();
        String bought = createCart(token, line(3, null)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post("/v1/customers/{c}/carts/{id}/checkout", LITWARE, bought).then().statusCode(201);
        LocalDate subscriptionEnds = LocalDate.now(ZoneOffset.UTC).plusYears(1).minusDays(1);
        // of two days in a row at most one is a month end
        LocalDate neither = Stream.of(subscriptionEnds.minusDays(1), subscriptionEnds.minusDays(2))
                .filter(day -> !day.equals(day.with(TemporalAdjusters.lastDayOfMonth()))).findFirst().orElseThrow();

        Response coterm = createCart(token, line(1, subscriptionEnds));
        Response refused = createCart(token, line(1, neither));

        assertThat(coterm.statusCode()).as("co-terming answered %s", coterm.asString()).isEqualTo(201);
        assertThat(coterm.<String>path("lineItems[0].customTermEndDate")).startsWith(subscriptionEnds.toString());
        Problems.assertProblem(refused, 422, "rule-violation");
        assertThat(refused.asString()).contains("10017", "co-term with: " + subscriptionEnds);
    }

    private static Response createCart(String token, String line) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"lineItems\":[" + line + "]}")
                .post("/v1/customers/{c}/carts", LITWARE);
    }

    private static String line(int quantity, LocalDate customTermEndDate) {
        return "{\"catalogItemId\":\"" + ENTRA_ID_P1 + "\",\"quantity\":" + quantity + ",\"billingCycle\":\"monthly\","
                + "\"termDuration\":\"P1Y\"" + (customTermEndDate == null ? "" : ",\"customTermEndDate\":\"" + customTermEndDate
                + "T00:00:00Z\"") + "}";
    }
}

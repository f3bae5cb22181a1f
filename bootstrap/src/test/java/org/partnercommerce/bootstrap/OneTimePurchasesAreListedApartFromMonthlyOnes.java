package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The overview's "orders by customer and billing cycle type": a customer's one-time purchases
 * (perpetual software, reservations) listed apart from its monthly ones, at once after their
 * checkout, a page at a time, with Partner Center's spellings of the type accepted and any other
 * value refused.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class OneTimePurchasesAreListedApartFromMonthlyOnes {

    @Test
    void aCheckoutsOneTimeOrderIsListedByItsBillingTypeAndItsMonthlyOrderByTheOther() {
        String token = Tokens.partner();
        String customer = Seed.NORTHWIND_TRADERS;
        Map<String, String> ordered = orderedByBillingCycle(token, customer,
                ApiCalls.createdCart(token, customer, Seed.twoGroupCart(2)));
        Map<String, String> orderedAgain = orderedByBillingCycle(token, customer,
                ApiCalls.createdCart(token, customer, Seed.twoGroupCart(3)));

        List<String> oneTime = ids(token, customer, "onetime");
        List<String> monthly = ids(token, customer, "monthly");

        assertThat(oneTime).containsSubsequence(orderedAgain.get("one_time"), ordered.get("one_time"))
                .doesNotContain(ordered.get("monthly"), orderedAgain.get("monthly"));
        assertThat(monthly).containsSubsequence(orderedAgain.get("monthly"), ordered.get("monthly"))
                .doesNotContain(ordered.get("one_time"), orderedAgain.get("one_time"));
        for (String spelling : List.of("one_time", "OneTime", "ONETIME")) {
            assertThat(ids(token, customer, spelling)).as(spelling).isEqualTo(oneTime);
        }
        Response page = given().auth().oauth2(token).queryParam("billingType", "onetime").queryParam("size", 1)
                .get("/v1/customers/{c}/orders", customer);
        assertThat(page.<List<String>>path("items.billingCycle")).containsExactly("one_time");
        Response next = given().auth().oauth2(token).queryParam("billingType", "onetime").queryParam("size", 1)
                .header("MS-ContinuationToken", page.<String>path("continuationToken")).get("/v1/customers/{c}/orders", customer);
        assertThat(List.of(page.<String>path("items[0].id"), next.<String>path("items[0].id")))
                .containsExactlyElementsOf(oneTime.subList(0, 2));
    }

    @Test
    void aBillingTypePartnerCenterDoesNotKnowIsA400NamingTheOnesItDoes() {
        Response answer = given().auth().oauth2(Tokens.partner()).queryParam("billingType", "weekly")
                .get("/v1/customers/{c}/orders", Seed.NORTHWIND_TRADERS);

        Problems.assertProblem(answer, 400, "invalid-request");
        assertThat(answer.<String>path("code")).isEqualTo("3000");
        assertThat(answer.<String>path("detail")).contains("'weekly'", "monthly, annual, none, onetime, triennial, biennial");
    }

    /** Checks the cart out; the ids of its orders by their billing cycle. */
    private static Map<String, String> orderedByBillingCycle(String token, String customer, String cartId) {
        Response checkout = given().auth().oauth2(token).post("/v1/customers/{c}/carts/{id}/checkout", customer, cartId);
        assertThat(checkout.statusCode()).as("checked out: %s", checkout.asString()).isEqualTo(201);
        List<String> ids = checkout.path("orders.id");
        List<String> cycles = checkout.path("orders.billingCycle");
        assertThat(cycles).containsExactlyInAnyOrder("monthly", "one_time");
        return Map.of(cycles.get(0), ids.get(0), cycles.get(1), ids.get(1));
    }

    private static List<String> ids(String token, String customer, String billingType) {
        return given().auth().oauth2(token).queryParam("billingType", billingType).queryParam("size", 500)
                .get("/v1/customers/{c}/orders", customer)
                .then().statusCode(200).extract().path("items.id");
    }
}

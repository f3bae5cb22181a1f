package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * A month of purchases — a licence and a free trial through carts, an indirect reseller's order —
 * billed by Partner Center (the emulator closes its billing period), with a charge it made under
 * an order with another quantity, one with another price and one for something never ordered; then
 * the subscription is cancelled and the next period credits it. The invoices are read on our API
 * (seek paging across pages, the statement as a PDF, a reseller seeing only its customers' lines)
 * and reconciled: every verdict where it belongs, the trial no line charges, totals per customer
 * and per reseller, as JSON and as CSV.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class AMonthIsReconciledAgainstWhatWasBought {

    private static final String CUSTOMER = Seed.FOURTH_COFFEE;
    private static final String TRIAL = """
            {"lineItems":[{"id":0,"catalogItemId":"DZH318Z0C0WF:0001:DZH318Z0BP69","quantity":10,"billingCycle":"none",
              "termDuration":"P1M","renewsTo":{"termDuration":"P1Y"}}]}""";

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @Test
    void everyVerdictAppearsWhereItShould() {
        String token = Tokens.partner();
        String licence = ApiCalls.orderedCart(token, CUSTOMER, ApiCalls.createdCart(token, CUSTOMER, Seed.licenceCart(3))).getFirst();
        String trial = ApiCalls.orderedCart(token, CUSTOMER, ApiCalls.createdCart(token, CUSTOMER, TRIAL)).getFirst();
        String resellers = ApiCalls.placedOrder(token, Seed.LITWARE, Seed.intuneOrder(Seed.LITWARE, 5, Seed.LITWARES_RESELLER),
                UUID.randomUUID().toString()).path("id");
        emulator.provision(licence);
        emulator.provision(resellers);
        String[] e5 = Seed.M365_E5.split(":");
        Response order = given().auth().oauth2(token).get("/v1/customers/{c}/orders/{o}", CUSTOMER, licence);
        float price = order.path("lineItems[0].pricing.price");
        emulator.chargeOnNextClose(Map.of("customerId", CUSTOMER, "productId", e5[0], "skuId", e5[1], "quantity", 9,
                "unitPrice", price, "orderId", licence));
        emulator.chargeOnNextClose(Map.of("customerId", CUSTOMER, "productId", e5[0], "skuId", e5[1], "quantity", 3,
                "unitPrice", 1.00, "orderId", licence));
        String neverOrdered = emulator.chargeOnNextClose(Map.of("customerId", CUSTOMER, "productId", "CFQ7TTC0MM8R", "skuId", "0002",
                "quantity", 2, "unitPrice", 30.00));
        String invoice = usd(emulator.closeBillingPeriod());

        Response reconciled = given().auth().oauth2(Tokens.reader()).get("/v1/reconciliation/invoices/{id}", invoice);
        assertThat(reconciled.statusCode()).as(reconciled.asString()).isEqualTo(200);
        assertThat(reconciled.<String>path("invoice.id")).isEqualTo(invoice);
        assertThat(verdictsOf(reconciled, licence)).containsExactlyInAnyOrder("matched", "quantity-differs", "price-differs");
        assertThat(reconciled.<List<String>>path("lines.findAll { it.verdict == 'quantity-differs' && it.orderId == '%s' }.invoiced"
                .formatted(licence))).containsExactly("9");
        assertThat(reconciled.<List<String>>path("lines.findAll { it.verdict == 'quantity-differs' && it.orderId == '%s' }.ordered"
                .formatted(licence))).containsExactly("3");
        assertThat(verdictsOf(reconciled, resellers)).containsExactly("matched");
        assertThat(verdictsOf(reconciled, neverOrdered)).containsExactly("not-ordered-through-us");
        assertThat(reconciled.<List<String>>path("ordersNotCharged.orderId")).contains(trial).doesNotContain(licence, resellers);
        assertThat(reconciled.<List<String>>path("totals.customers.id")).contains(CUSTOMER, Seed.LITWARE);
        assertThat(reconciled.<List<String>>path("totals.resellers.id")).contains(Seed.LITWARES_RESELLER);
        assertThat(reconciled.<Integer>path("totals.customers.find { it.id == '%s' }.ordersNotCharged".formatted(CUSTOMER)))
                .isGreaterThanOrEqualTo(1);

        // The next period credits the cancelled subscription.
        String subscription = given().auth().oauth2(token).queryParam("order_id", licence)
                .get("/v1/customers/{c}/subscriptions", CUSTOMER).path("items[0].id");
        emulator.cancelSubscription(subscription);
        String next = usd(emulator.closeBillingPeriod());
        Response credited = given().auth().oauth2(token).get("/v1/reconciliation/invoices/{id}", next);
        assertThat(verdictsOf(credited, licence)).containsExactly("credited");

        // As a spreadsheet.
        Response csv = given().auth().oauth2(token).accept("text/csv").get("/v1/reconciliation/invoices/{id}", invoice);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = csv.asString().lines().toList();
        assertThat(rows.getFirst()).startsWith("row,invoiceId,customerId,resellerMpnId,orderId");
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("line,").contains(neverOrdered).contains("not-ordered-through-us"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("order-not-charged,").contains(trial));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("reseller-total,").contains(Seed.LITWARES_RESELLER));
    }

    @Test
    void anInvoiceIsReadOnOurApiPageByPageWithItsStatementAsAPdf() {
        String token = Tokens.partner();
        List<String> bought = ApiCalls.orderedCart(token, CUSTOMER, ApiCalls.createdCart(token, CUSTOMER, Seed.twoGroupCart(2)));
        assertThat(unbilledOrders(token, "current")).as("not yet invoiced").containsAll(bought);
        String invoice = usd(emulator.closeBillingPeriod());
        assertThat(unbilledOrders(token, "previous")).as("invoiced last").containsAll(bought);

        Response read = given().auth().oauth2(token).get("/v1/invoices/{id}", invoice);
        assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
        assertThat(read.<String>path("pdfDownloadLink")).isEqualTo("/v1/invoices/" + invoice + "/documents/statement");
        assertThat(given().auth().oauth2(token).get("/v1/invoices").<List<String>>path("items.id")).contains(invoice);
        assertThat(given().auth().oauth2(token).get("/v1/invoices/summary").<String>path("currencyCode")).isEqualTo("USD");

        int pages = 0;
        Response page = given().auth().oauth2(token).get(
                "/v1/invoices/{id}/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&size=2", invoice);
        List<Map<String, Object>> all = new ArrayList<>();
        while (true) {
            assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
            pages++;
            List<Map<String, Object>> items = page.path("items");
            all.addAll(items);
            String next = page.path("links.next.uri");
            if (next == null) {
                break;
            }
            page = given().auth().oauth2(token).header("MS-ContinuationToken", page.<String>path("continuationToken")).get("/v1" + next);
        }
        List<Map<String, Object>> onOnePage = given().auth().oauth2(token).get(
                "/v1/invoices/{id}/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&size=2000", invoice).path("items");
        assertThat(all).as("the pages of two hold every line of the invoice exactly once").hasSameSizeAs(onOnePage)
                .containsExactlyInAnyOrderElementsOf(onOnePage);
        assertThat(pages).as("at least two pages of two lines").isGreaterThanOrEqualTo(2);
        assertThat(all).allSatisfy(line -> assertThat(line).containsEntry("invoiceNumber", invoice));

        Response pdf = given().auth().oauth2(token).get("/v1/invoices/{id}/documents/statement", invoice);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.asByteArray(), 0, 7, StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.");

        // A reseller reads only the lines of its own customers, nothing else of the invoice.
        Response resellers = given().auth().oauth2(Tokens.reseller()).get(
                "/v1/invoices/{id}/lineitems?provider=onetime&invoicelineitemtype=billinglineitems", invoice);
        assertThat(resellers.statusCode()).isEqualTo(200);
        assertThat(resellers.<List<String>>path("items.customerId")).doesNotContain(CUSTOMER, Seed.WINGTIP_TOYS);
        assertThat(resellers.<List<String>>path("items.resellerMpnId")).allSatisfy(reseller ->
                assertThat(reseller).isIn("", Seed.RESELLER));
        Problems.assertProblem(given().auth().oauth2(Tokens.reseller()).get("/v1/invoices/{id}", invoice), 403, "forbidden");
        Problems.assertProblem(given().auth().oauth2(Tokens.reseller()).get("/v1/reconciliation/invoices/{id}", invoice), 403, "forbidden");
        Problems.assertProblem(given().auth().oauth2(token).get("/v1/invoices/{id}", "G999999999"), 404, "not-found");
        Problems.assertProblem(given().auth().oauth2(token).get("/v1/reconciliation/invoices/{id}", "G999999999"), 404, "not-found");
        Problems.assertProblem(given().auth().oauth2(token).get(
                "/v1/invoices/{id}/lineitems?provider=one_time&invoicelineitemtype=billinglineitems", invoice), 400, "invalid-request");
    }

    /** The order ids of every unbilled line of the period, page after page. */
    private static List<String> unbilledOrders(String token, String period) {
        List<String> orders = new ArrayList<>();
        Response page = given().auth().oauth2(token).get("/v1/invoices/unbilled/lineitems?provider=onetime"
                + "&invoicelineitemtype=billinglineitems&currencycode=USD&period=" + period + "&size=500");
        while (true) {
            assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
            orders.addAll(page.path("items.orderId"));
            String next = page.path("links.next.uri");
            if (next == null) {
                return orders;
            }
            page = given().auth().oauth2(token).header("MS-ContinuationToken", page.<String>path("continuationToken")).get("/v1" + next);
        }
    }

    private static String usd(List<String> invoices) {
        assertThat(invoices).as("the close invoiced something").isNotEmpty();
        for (String id : invoices) {
            if ("USD".equals(given().auth().oauth2(Tokens.partner()).get("/v1/invoices/{id}", id).path("currencyCode"))) {
                return id;
            }
        }
        throw new AssertionError("No USD invoice among " + invoices);
    }

    private static List<String> verdictsOf(Response reconciled, String orderId) {
        return reconciled.path("lines.findAll { it.orderId == '%s' }.verdict".formatted(orderId));
    }
}

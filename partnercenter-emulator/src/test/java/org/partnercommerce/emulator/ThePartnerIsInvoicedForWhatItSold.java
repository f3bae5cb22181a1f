package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Invoicing.ONE_TIME_LINES;
import static org.partnercommerce.emulator.Invoicing.allSeekPages;
import static org.partnercommerce.emulator.Invoicing.close;
import static org.partnercommerce.emulator.Invoicing.identity;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;

/**
 * One story through two billing periods: licences bought through a cart (US and DE) and a legacy
 * offer bought directly, a line never ordered, a close; then a cancellation and a second close.
 */
class ThePartnerIsInvoicedForWhatItSold {

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withOrderListingDelay(Duration.ZERO)
            .withProvisioningDelay(Duration.ofHours(1)));
    private static final PartnerCenterClient client = partnerCenter.client();
    private static String token;

    private static String e5SubscriptionId;
    private static String e5OrderId;
    private static String unorderedOrderId;
    private static List<String> unbilledBeforeFirstClose;
    private static JsonNode firstClose;
    private static JsonNode secondClose;
    private static final Set<String> orderIds = new HashSet<>();

    @BeforeAll
    static void sellCloseCancelAndCloseAgain() {
        token = client.appToken();

        String cartId = created(client, token, Shopping.NORTHWIND_US, Shopping.cart(
                Shopping.line(Shopping.E5_P1M, 5, "monthly", "P1Y"),
                Shopping.line(Shopping.ENTRA_P1, 2, "annual", "P1Y"))).get("id").asText();
        JsonNode orders = checkout(client, token, Shopping.NORTHWIND_US, cartId).json().get("orders");
        String germanCart = created(client, token, Shopping.WIDE_WORLD_DE, Shopping.cart(Shopping.line(Shopping.E5_P1M, 3, "monthly", "P1Y")))
                .get("id").asText();
        JsonNode germanOrders = checkout(client, token, Shopping.WIDE_WORLD_DE, germanCart).json().get("orders");
        Reply direct = client.post("/v1/customers/" + Shopping.LITWARE_US + "/orders", client.userToken(),
                Fixtures.text("create-order-indirect-reseller.request.json"), "MS-RequestId", Shopping.requestId());
        assertThat(direct.status()).as("%s", direct).isEqualTo(201);

        List<JsonNode> placed = new ArrayList<>();
        orders.forEach(placed::add);
        germanOrders.forEach(placed::add);
        placed.add(direct.json());
        for (JsonNode order : placed) {
            orderIds.add(order.get("id").asText());
            assertThat(client.post("/emulator/v1/orders/" + order.get("id").asText() + "/provision", null, "").status()).isEqualTo(200);
            JsonNode read = client.get("/v1/customers/" + order.get("referenceCustomerId").asText("") + "/orders/" + order.get("id").asText(),
                    token).json();
            for (JsonNode line : read.path("lineItems")) {
                if (line.get("offerId").asText().equals(Shopping.E5_P1M) && read.path("currencyCode").asText().equals("USD")) {
                    e5SubscriptionId = line.get("subscriptionId").asText();
                    e5OrderId = order.get("id").asText();
                }
            }
        }
        Reply unordered = client.post("/emulator/v1/billing/unordered-lines", null, "{\"customerId\":\"" + Shopping.TAILSPIN_US
                + "\",\"productId\":\"CFQ7TTC0LFLZ\",\"skuId\":\"0002\",\"quantity\":3,\"unitPrice\":57.0,\"currencyCode\":\"USD\"}");
        assertThat(unordered.status()).as("%s", unordered).isEqualTo(201);
        unorderedOrderId = unordered.json().get("orderId").asText();

        unbilledBeforeFirstClose = allSeekPages(client, token, "/v1/invoices/unbilled/lineitems?" + ONE_TIME_LINES
                + "&currencycode=USD&period=current&size=3").stream().map(Invoicing::identity).toList();
        firstClose = close(client);
        Reply cancelled = client.post("/emulator/v1/subscriptions/" + e5SubscriptionId + "/cancel", null, "");
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        secondClose = close(client);
    }

    private static String invoiceId(JsonNode close, String currency) {
        return StreamSupport.stream(close.spliterator(), false).filter(invoice -> invoice.get("currencyCode").asText().equals(currency))
                .findFirst().orElseThrow().get("id").asText();
    }

    private static List<JsonNode> lines(String invoiceId, int size) {
        return allSeekPages(client, token, "/v1/invoices/" + invoiceId + "/lineitems?" + ONE_TIME_LINES + "&size=" + size);
    }

    @Test
    void aCloseCreatesOneInvoicePerCurrencyNumberedInSequence() {
        assertThat(firstClose).hasSize(2);
        assertThat(invoiceId(firstClose, "EUR")).isEqualTo("G000000001");
        assertThat(invoiceId(firstClose, "USD")).isEqualTo("G000000002");
        assertThat(secondClose.findValuesAsText("id")).contains("G000000003");
        assertThat(firstClose.get(1).get("lines").asInt()).isEqualTo(lines("G000000002", 2000).size());
    }

    @Test
    void anInvoiceIsReadByIdAndListedNewestFirst() {
        Reply byId = client.get("/v1/invoices/G000000002", token);
        Reply list = client.get("/v1/invoices", token);
        Reply firstTwo = client.get("/v1/invoices?size=2&offset=0", token);

        assertThat(byId.status()).as("%s", byId).isEqualTo(200);
        JsonNode invoice = byId.json();
        assertThat(invoice.get("id").asText()).isEqualTo("G000000002");
        assertThat(invoice.get("currencyCode").asText()).isEqualTo("USD");
        assertThat(invoice.get("currencySymbol").asText()).isEqualTo("$");
        assertThat(invoice.get("paidAmount").decimalValue()).isZero();
        assertThat(invoice.get("documentType").asText()).isEqualTo("invoice");
        assertThat(invoice.get("invoiceType").asText()).isEqualTo("recurring");
        assertThat(invoice.get("pdfDownloadLink").asText())
                .isEqualTo(partnerCenter.emulator().baseUri() + "/v1/invoices/G000000002/documents/statement");
        JsonNode detail = invoice.get("invoiceDetails").get(0);
        assertThat(detail.get("billingProvider").asText()).isEqualTo("one_time");
        assertThat(detail.get("invoiceLineItemType").asText()).isEqualTo("billing_line_items");
        assertThat(detail.get("links").get("self").get("uri").asText())
                .isEqualTo("/invoices/G000000002/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&size=2000");
        assertThat(invoice.get("attributes").get("objectType").asText()).isEqualTo("Invoice");
        assertThat(list.json().get("items").findValuesAsText("id")).startsWith(secondClose.findValuesAsText("id").reversed().toArray(String[]::new))
                .endsWith("G000000002", "G000000001");
        assertThat(list.json().get("items").get(0).has("pdfDownloadLink")).isFalse();
        assertThat(firstTwo.json().get("items")).hasSize(2);
        assertThat(firstTwo.json().get("links").get("next").get("uri").asText()).isEqualTo("/invoices?size=2&offset=2");
        Reply unknown = client.get("/v1/invoices/G999999999", token);
        assertThat(unknown.status()).isEqualTo(404);
        assertApiFault(unknown.json(), 1000);
    }

    @Test
    void everyLineComesExactlyOnceAcrossPagesOfTwo() {
        List<String> paged = lines("G000000002", 2).stream().map(Invoicing::identity).toList();
        List<String> whole = lines("G000000002", 2000).stream().map(Invoicing::identity).toList();

        assertThat(whole.size()).isGreaterThan(2);
        assertThat(paged).containsExactlyElementsOf(whole);
    }

    @Test
    void theFirstCloseBillsEveryOrderedLineAsNewWithItsPricesAndTheUnorderedLine() {
        List<JsonNode> lines = lines("G000000002", 2000);
        JsonNode e5 = lines.stream().filter(line -> line.get("subscriptionId").asText().equals(e5SubscriptionId)).findFirst().orElseThrow();
        JsonNode unordered = lines.stream().filter(line -> line.get("orderId").asText().equals(unorderedOrderId)).findFirst().orElseThrow();

        assertThat(lines).allSatisfy(line -> assertThat(line.get("chargeType").asText()).isEqualTo("new"));
        assertThat(e5.get("orderId").asText()).isEqualTo(e5OrderId);
        assertThat(e5.get("alternateId").asText()).isEqualTo(e5OrderId);
        assertThat(e5.get("customerId").asText()).isEqualTo(Shopping.NORTHWIND_US);
        assertThat(e5.get("customerName").asText()).isEqualTo("Northwind Traders");
        assertThat(e5.get("customerCountry").asText()).isEqualTo("US");
        assertThat(e5.get("partnerId").asText()).isEqualTo("1234567");
        assertThat(e5.get("mpnId").asText()).isEqualTo("1234567");
        assertThat(e5.get("resellerMpnId").asText()).isEmpty();
        assertThat(e5.get("invoiceNumber").asText()).isEqualTo("G000000002");
        assertThat(e5.get("productId").asText()).isEqualTo("CFQ7TTC0LFLZ");
        assertThat(e5.get("skuId").asText()).isEqualTo("0002");
        assertThat(e5.get("availabilityId").asText()).isEqualTo("CFQ7TTC0K4TS");
        assertThat(e5.get("skuName").asText()).isEqualTo("Microsoft 365 E5");
        assertThat(e5.get("unitPrice").isNumber()).isTrue();
        assertThat(e5.get("unitPrice").decimalValue()).isEqualByComparingTo("57.00");
        assertThat(e5.get("effectiveUnitPrice").decimalValue()).isEqualByComparingTo("57.00");
        assertThat(e5.get("quantity").asInt()).isEqualTo(5);
        assertThat(e5.get("billableQuantity").asInt()).isEqualTo(5);
        assertThat(e5.get("subtotal").decimalValue()).isEqualByComparingTo("285.00");
        assertThat(e5.get("taxTotal").decimalValue()).isZero();
        assertThat(e5.get("totalForCustomer").decimalValue()).isEqualByComparingTo("285.00");
        assertThat(e5.get("pcToBCExchangeRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(e5.get("termAndBillingCycle").asText()).isEqualTo("1 Year Subscription, Monthly");
        assertThat(e5.get("currency").asText()).isEqualTo("USD");
        assertThat(e5.get("pricingCurrency").asText()).isEqualTo("USD");
        assertThat(e5.get("publisherName").asText()).isEqualTo("Microsoft Corporation");
        assertThat(e5.get("invoiceLineItemType").asText()).isEqualTo("billinglineitems");
        assertThat(e5.get("billingProvider").asText()).isEqualTo("onetime");
        assertThat(e5.get("attributes").get("objectType").asText()).isEqualTo("OneTimeInvoiceLineItem");
        for (String field : List.of("orderDate", "chargeStartDate", "chargeEndDate", "priceAdjustmentDescription", "meterDescription",
                "reservationOrderId", "publisherId", "subscriptionDescription", "unitType", "customerDomainName", "productName")) {
            assertThat(e5.has(field)).as(field).isTrue();
        }
        assertThat(lines.stream().filter(line -> line.get("skuId").asText().equals("0002") && line.get("productId").asText()
                .equals("CFQ7TTC0LFLS")).findFirst().orElseThrow().get("termAndBillingCycle").asText()).isEqualTo("1 Year Subscription, Annual");
        assertThat(lines.stream().anyMatch(line -> line.get("resellerMpnId").asText().equals("4847383"))).as("the legacy direct order").isTrue();
        assertThat(unordered.get("subtotal").decimalValue()).isEqualByComparingTo("171.00");
        assertThat(unordered.get("customerId").asText()).isEqualTo(Shopping.TAILSPIN_US);
        assertThat(orderIds).doesNotContain(unorderedOrderId);
        assertThat(client.get("/v1/customers/" + Shopping.TAILSPIN_US + "/orders/" + unorderedOrderId, token).status()).isEqualTo(404);
        assertThat(lines("G000000001", 2000)).allSatisfy(line -> assertThat(line.get("currency").asText()).isEqualTo("EUR"));
    }

    @Test
    void theUnbilledLinesBeforeACloseAreTheLinesItBills() {
        List<String> billed = lines("G000000002", 2000).stream().map(Invoicing::identity).toList();
        List<String> previous = allSeekPages(client, token, "/v1/invoices/unbilled/lineitems?" + ONE_TIME_LINES
                + "&currencycode=USD&period=previous&size=2000").stream().map(Invoicing::identity).toList();

        assertThat(unbilledBeforeFirstClose).containsExactlyElementsOf(billed);
        assertThat(previous).as("the previous period is the second close's").doesNotContainAnyElementsOf(billed);
    }

    @Test
    void theSecondCloseChargesTheNextMonthOfMonthlySubscriptionsAndCreditsTheCancelledOne() {
        String usd = invoiceId(secondClose, "USD");
        List<JsonNode> lines = lines(usd, 2000);
        List<JsonNode> ofE5 = lines.stream().filter(line -> line.get("subscriptionId").asText().equals(e5SubscriptionId)).toList();
        List<JsonNode> german = lines(invoiceId(secondClose, "EUR"), 2000);

        assertThat(ofE5).hasSize(1);
        assertThat(ofE5.getFirst().get("chargeType").asText()).isEqualTo("cancelImmediate");
        assertThat(ofE5.getFirst().get("subtotal").decimalValue()).isEqualByComparingTo("-285.00");
        assertThat(ofE5.getFirst().get("totalForCustomer").decimalValue()).isEqualByComparingTo("-285.00");
        assertThat(lines).noneMatch(line -> line.get("chargeType").asText().equals("new"));
        assertThat(lines).noneMatch(line -> line.get("productId").asText().equals("CFQ7TTC0LFLS"));
        assertThat(german).hasSize(1);
        assertThat(german.getFirst().get("chargeType").asText()).isEqualTo("cycleCharge");
        assertThat(german.getFirst().get("quantity").asInt()).isEqualTo(3);
        JsonNode subscription = client.get("/v1/customers/" + Shopping.NORTHWIND_US + "/subscriptions/" + e5SubscriptionId, token).json();
        assertThat(subscription.get("status").asText()).isEqualTo("deleted");
    }

    @Test
    void anInvoicesTotalIsTheSumOfItsLinesAndTheSummaryBalanceTheSumOfTheInvoices() {
        BigDecimal usdBalance = BigDecimal.ZERO;
        for (JsonNode invoice : client.get("/v1/invoices", token).json().get("items")) {
            BigDecimal sum = lines(invoice.get("id").asText(), 2000).stream().map(line -> line.get("totalForCustomer").decimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(invoice.get("totalCharges").decimalValue()).as(invoice.get("id").asText()).isEqualByComparingTo(sum);
            if (invoice.get("currencyCode").asText().equals("USD")) {
                usdBalance = usdBalance.add(sum);
            }
        }
        Reply summary = client.get("/v1/invoices/summary", token);

        assertThat(summary.status()).as("%s", summary).isEqualTo(200);
        assertThat(summary.json().get("balanceAmount").decimalValue()).isEqualByComparingTo(usdBalance);
        assertThat(summary.json().get("currencyCode").asText()).isEqualTo("USD");
        assertThat(summary.json().get("currencySymbol").asText()).isEqualTo("$");
        assertThat(summary.json().has("lastPaymentDate")).isTrue();
        assertThat(summary.json().get("lastPaymentDate").isNull()).isTrue();
        assertThat(summary.json().get("firstInvoiceCreationDate").isTextual()).isTrue();
        assertThat(summary.json().get("details").findValuesAsText("invoiceType")).containsExactly("Recurring", "OneTime");
        assertThat(summary.json().get("details").get(0).get("summary").get("balanceAmount").decimalValue()).isEqualByComparingTo(usdBalance);
        assertThat(summary.json().get("attributes").get("objectType").asText()).isEqualTo("InvoiceSummary");
    }

    @Test
    void theSummariesHaveOnePerCurrencyInvoicedForAnAppPlusUserCallerOnly() {
        Reply summaries = client.get("/v1/invoices/summaries", client.userToken());
        Reply appOnly = client.get("/v1/invoices/summaries", token);

        assertThat(summaries.status()).as("%s", summaries).isEqualTo(200);
        assertThat(StreamSupport.stream(summaries.json().get("items").spliterator(), false).map(item -> item.get("currencyCode").asText()))
                .containsExactlyInAnyOrder("EUR", "USD");
        assertThat(appOnly.status()).isEqualTo(403);
    }

    @Test
    void aNextPageNeedsTheTokenThisListGave() {
        JsonNode first = client.get("/v1/invoices/G000000002/lineitems?" + ONE_TIME_LINES + "&size=2", token).json();
        String next = "/v1" + first.get("links").get("next").get("uri").asText();
        String tokenOfAnotherList = client.get("/v1/invoices/unbilled/lineitems?" + ONE_TIME_LINES
                + "&currencycode=USD&period=previous&size=1", token).json().path("continuationToken").asText("");

        Reply withoutToken = client.get(next, token);
        Reply madeUp = client.get(next, token, "MS-ContinuationToken", "2");
        Reply altered = client.get(next, token, "MS-ContinuationToken", first.get("continuationToken").asText() + "x");
        Reply ofAnotherList = client.get(next, token, "MS-ContinuationToken", tokenOfAnotherList.isEmpty() ? "bm9wZQ" : tokenOfAnotherList);

        assertThat(first.get("continuationToken").asText()).doesNotMatch("\\d+");
        assertThat(withoutToken.status()).isEqualTo(400);
        assertThat(madeUp.status()).isEqualTo(400);
        assertThat(altered.status()).isEqualTo(400);
        assertThat(ofAnotherList.status()).isEqualTo(400);
    }
}

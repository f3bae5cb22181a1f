package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Invoicing.ONE_TIME_LINES;
import static org.partnercommerce.emulator.Invoicing.allSeekPages;
import static org.partnercommerce.emulator.Invoicing.close;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;

/** The legacy offset paging of line items by provider, and the queries Partner Center refuses. */
class InvoiceLineItemsArePagedAsPartnerCenterPagesThem {

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withOrderListingDelay(Duration.ZERO));
    private static final PartnerCenterClient client = partnerCenter.client();
    private static String token;
    private static String invoiceId;

    @BeforeAll
    static void sellAndClose() {
        token = client.appToken();
        String cartId = created(client, token, Shopping.FOURTH_COFFEE_US, Shopping.cart(
                Shopping.line(Shopping.E5_P1M, 1, "monthly", "P1Y"), Shopping.line(Shopping.ENTRA_P1, 2, "monthly", "P1Y"),
                Shopping.line(Shopping.AI_BUILDER, 3, "monthly", "P1M"))).get("id").asText();
        assertThat(checkout(client, token, Shopping.FOURTH_COFFEE_US, cartId).status()).isEqualTo(201);
        assertThat(client.post("/v1/customers/" + Shopping.LITWARE_US + "/orders", client.userToken(),
                Fixtures.text("create-order-indirect-reseller.request.json"), "MS-RequestId", Shopping.requestId()).status()).isEqualTo(201);
        invoiceId = close(client).get(0).get("id").asText();
    }

    private static List<JsonNode> offsetPages(String provider, int size) {
        List<JsonNode> lines = new ArrayList<>();
        Reply page = client.get("/v1/invoices/" + invoiceId + "/lineitems/" + provider + "/billinglineitems?size=" + size + "&offset=0", token);
        while (true) {
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            page.json().get("items").forEach(lines::add);
            JsonNode next = page.json().get("links").get("next");
            if (next == null) {
                return lines;
            }
            page = client.get("/v1" + next.get("uri").asText(), token);
        }
    }

    @Test
    void theOneTimeLinesAreTheSameOffsetPagedAsSeekPaged() {
        List<String> seek = allSeekPages(client, token, "/v1/invoices/" + invoiceId + "/lineitems?" + ONE_TIME_LINES + "&size=2000")
                .stream().map(Invoicing::identity).toList();
        List<String> offset = offsetPages("onetime", 2).stream().map(Invoicing::identity).toList();
        JsonNode firstPage = client.get("/v1/invoices/" + invoiceId + "/lineitems/OneTime/BillingLineItems?size=2", token).json();

        assertThat(seek).hasSize(4);
        assertThat(offset).containsExactlyElementsOf(seek);
        assertThat(firstPage.get("links").get("next").get("uri").asText())
                .isEqualTo("/invoices/" + invoiceId + "/lineitems/onetime/billinglineitems?size=2&offset=2");
    }

    @Test
    void theOfficeProviderListsTheLegacyOfferAndAzureNothingHere() {
        List<JsonNode> office = offsetPages("office", 10);

        assertThat(office).hasSize(1);
        assertThat(office.getFirst().get("productId").asText()).isEqualTo(Shopping.LEGACY_INTUNE);
        assertThat(offsetPages("azure", 10)).isEmpty();
    }

    @Test
    void oneTimeWithAnUnderscoreAnUnknownProviderOrTypeAndTooLargeAPageAreRefused() {
        String lines = "/v1/invoices/" + invoiceId + "/lineitems?";

        assertThat(client.get(lines + "provider=one_time&invoicelineitemtype=billinglineitems", token).status()).isEqualTo(400);
        assertThat(client.get(lines + "provider=marketplace&invoicelineitemtype=billinglineitems", token).status()).isEqualTo(400);
        assertThat(client.get(lines + "provider=onetime&invoicelineitemtype=usagelineitems", token).status()).isEqualTo(400);
        assertThat(client.get(lines + "invoicelineitemtype=billinglineitems", token).status()).isEqualTo(400);
        assertThat(client.get(lines + ONE_TIME_LINES + "&size=2001", token).status()).isEqualTo(400);
        assertThat(client.get(lines + "provider=OneTime&invoicelineitemtype=BillingLineItems&size=2000", token).status()).isEqualTo(200);
        assertThat(client.get("/v1/invoices/" + invoiceId + "/lineitems/onetime/billinglineitems?size=2001", token).status()).isEqualTo(400);
        assertThat(client.get("/v1/invoices/" + invoiceId + "/lineitems/one_time/billinglineitems", token).status()).isEqualTo(400);
        assertThat(client.get("/v1/invoices/unbilled/lineitems?" + ONE_TIME_LINES + "&period=current", token).status()).isEqualTo(400);
        assertThat(client.get("/v1/invoices/unbilled/lineitems?" + ONE_TIME_LINES + "&currencycode=USD", token).status()).isEqualTo(400);
        assertThat(client.get("/v1/invoices/unbilled/lineitems?" + ONE_TIME_LINES + "&currencycode=USD&period=next", token).status())
                .isEqualTo(400);
    }

    /** The orders are still being provisioned: no subscription yet, so no cycle charge either. */
    @Test
    void aCloseWithNothingToBillCreatesNoInvoice() {
        Reply reply = client.post("/emulator/v1/billing/close", null, "");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("invoices")).isEmpty();
    }
}

package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the invoice tests share: closing a billing period and reading line items page by page. */
final class Invoicing {

    static final String ONE_TIME_LINES = "provider=onetime&invoicelineitemtype=billinglineitems";

    private Invoicing() {
    }

    /** Closes the billing period; the invoices it created. */
    static JsonNode close(PartnerCenterClient client) {
        Reply reply = client.post("/emulator/v1/billing/close", null, "{}");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json().get("invoices");
    }

    /** Every line item of a seek-paged list, following each page's next link with its continuation token. */
    static List<JsonNode> allSeekPages(PartnerCenterClient client, String token, String firstPage) {
        List<JsonNode> lines = new ArrayList<>();
        Reply page = client.get(firstPage, token);
        while (true) {
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            JsonNode json = page.json();
            assertThat(json.get("totalCount").asInt()).isEqualTo(json.get("items").size());
            json.get("items").forEach(lines::add);
            JsonNode next = json.get("links").get("next");
            if (next == null) {
                assertThat(json.has("continuationToken")).isFalse();
                return lines;
            }
            JsonNode header = next.get("headers").get(0);
            assertThat(header.get("key").asText()).isEqualTo("MS-ContinuationToken");
            assertThat(json.get("continuationToken").asText()).isEqualTo(header.get("value").asText());
            page = client.get("/v1" + next.get("uri").asText(), token, "MS-ContinuationToken", header.get("value").asText());
        }
    }

    /** What identifies a line across lists: charge type, order, subscription, quantity and subtotal. */
    static String identity(JsonNode line) {
        return line.get("chargeType").asText() + " " + line.get("orderId").asText() + " " + line.get("subscriptionId").asText() + " "
                + line.get("quantity").asInt() + " " + line.get("subtotal").decimalValue().toPlainString();
    }
}

package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Invoicing.ONE_TIME_LINES;

/** A benchmark invoice of 100,000 lines, read in pages of 2000 by their continuation tokens. */
class AGeneratedInvoiceComputesItsLinesOnDemand {

    private static final int LINES = 100_000;

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0));
    private static final PartnerCenterClient client = partnerCenter.client();

    @Test
    void aHundredThousandLinesArePagedThroughInPagesOfTwoThousand() {
        Reply created = client.post("/emulator/v1/billing/generated-invoices", null,
                "{\"lines\": " + LINES + ", \"customerId\": \"" + Shopping.WINGTIP_US + "\", \"currencyCode\": \"USD\"}");
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.json().get("id").asText();
        String token = client.appToken();

        int count = 0;
        int pages = 0;
        BigDecimal total = BigDecimal.ZERO;
        Set<String> orderIds = new HashSet<>();
        JsonNode last = null;
        Reply page = client.get("/v1/invoices/" + id + "/lineitems?" + ONE_TIME_LINES + "&size=2000", token);
        while (true) {
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            JsonNode json = page.json();
            pages++;
            for (JsonNode line : json.get("items")) {
                count++;
                total = total.add(line.get("subtotal").decimalValue());
                orderIds.add(line.get("orderId").asText());
                last = line;
            }
            JsonNode next = json.get("links").get("next");
            if (next == null) {
                break;
            }
            page = client.get("/v1" + next.get("uri").asText(), token, "MS-ContinuationToken", json.get("continuationToken").asText());
        }
        JsonNode invoice = client.get("/v1/invoices/" + id, token).json();

        assertThat(created.json().get("lines").asInt()).isEqualTo(LINES);
        assertThat(count).isEqualTo(LINES);
        assertThat(pages).isEqualTo(50);
        assertThat(orderIds).hasSize(LINES);
        assertThat(last.get("quantity").asInt()).isEqualTo(1 + (LINES - 1) % 50);
        assertThat(last.get("productId").asText()).isEqualTo("CFQ7TTC0LFLS");
        assertThat(last.get("invoiceNumber").asText()).isEqualTo(id);
        assertThat(invoice.get("totalCharges").decimalValue()).isEqualByComparingTo(total);
    }
}

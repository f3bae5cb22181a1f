package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnercommerce.emulator.wire.Json;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.Invoicing.close;

/** Invoices, their numbering and what is waiting for the next close live in the state file; a state file without them still loads. */
class InvoicesAreKeptAcrossRestarts {

    private static final String UNORDERED = "{\"customerId\":\"" + Shopping.WINGTIP_US
            + "\",\"productId\":\"CFQ7TTC0LFLZ\",\"skuId\":\"0002\",\"quantity\":3,\"unitPrice\":57.0,\"currencyCode\":\"USD\"}";

    @Test
    void invoicesAndTheirNumberingSurviveARestart(@TempDir Path directory) {
        EmulatorOptions options = EmulatorOptions.onLoopback(0).withStateFile(directory.resolve("state.json"));
        try (PartnerCenterEmulator emulator = PartnerCenterEmulator.start(options)) {
            PartnerCenterClient client = new PartnerCenterClient(emulator);
            assertThat(client.post("/emulator/v1/billing/unordered-lines", null, UNORDERED).status()).isEqualTo(201);
            assertThat(close(client).get(0).get("id").asText()).isEqualTo("G000000001");
            assertThat(client.post("/emulator/v1/billing/unordered-lines", null, UNORDERED).status()).isEqualTo(201);
        }
        try (PartnerCenterEmulator emulator = PartnerCenterEmulator.start(options)) {
            PartnerCenterClient client = new PartnerCenterClient(emulator);
            var invoice = client.get("/v1/invoices/G000000001", client.appToken());
            var second = close(client);

            assertThat(invoice.status()).isEqualTo(200);
            assertThat(invoice.json().get("totalCharges").decimalValue()).isEqualByComparingTo("171.00");
            assertThat(second).hasSize(1);
            assertThat(second.get(0).get("id").asText()).isEqualTo("G000000002");
            assertThat(second.get(0).get("lines").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aStateFileWrittenBeforeBillingLoadsWithNothingBilled(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("state.json");
        EmulatorOptions options = EmulatorOptions.onLoopback(0).withStateFile(file);
        try (PartnerCenterEmulator emulator = PartnerCenterEmulator.start(options)) {
            PartnerCenterClient client = new PartnerCenterClient(emulator);
            String cartId = Shopping.created(client, client.appToken(), Shopping.WINGTIP_US,
                    Shopping.cart(Shopping.line(Shopping.E5_P1M, 2, "monthly", "P1Y"))).get("id").asText();
            assertThat(Shopping.checkout(client, client.appToken(), Shopping.WINGTIP_US, cartId).status()).isEqualTo(201);
        }
        ObjectNode state = (ObjectNode) Json.mapper().readTree(file.toFile());
        state.remove("billing");
        state.remove("cancellations");
        Files.write(file, Json.mapper().writeValueAsBytes(state));

        try (PartnerCenterEmulator emulator = PartnerCenterEmulator.start(options)) {
            var invoices = close(new PartnerCenterClient(emulator));

            assertThat(invoices).hasSize(1);
            assertThat(invoices.get(0).get("id").asText()).isEqualTo("G000000001");
            assertThat(invoices.get(0).get("lines").asInt()).isEqualTo(1);
        }
    }
}

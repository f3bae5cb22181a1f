package org.partnercommerce.adapter.in.rest.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.invoice.Reconciliation;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;
import org.partnercommerce.domain.reconciliation.Tally;

/**
 * The JSON always has its sections — lines, orders not charged, totals per customer and per
 * reseller — empty when they have no rows; the CSV quotes what needs quoting and never lets a cell
 * start a spreadsheet formula.
 */
class AReconciliationIsWrittenRowByRowInAStableShape {

    private static final Invoice INVOICE = new Invoice(InvoiceId.of("G000000001"), Optional.empty(),
            Optional.of(Instant.parse("2026-11-01T00:00:00Z")), Optional.of(Instant.parse("2026-11-30T00:00:00Z")), BigDecimal.ZERO,
            BigDecimal.ZERO, "USD", "$", Optional.empty(), List.of(), "invoice", "recurring");

    @Test
    void anInvoiceWithoutRowsHasEverySectionEmpty() throws IOException {
        JsonNode json = new ObjectMapper().readTree(write(new ReconciliationJson(mapper()), null));
        assertThat(json.path("invoice").path("id").asText()).isEqualTo("G000000001");
        assertThat(json.path("lines").isArray()).isTrue();
        assertThat(json.path("ordersNotCharged").isArray()).isTrue();
        assertThat(json.path("totals").path("customers").isArray()).isTrue();
        assertThat(json.path("totals").path("resellers").isArray()).isTrue();
        assertThat(json.path("attributes").path("objectType").asText()).isEqualTo("InvoiceReconciliation");
    }

    @Test
    void onlyTotalsStillOpenEveryEarlierSection() throws IOException {
        ReconciliationRow reseller = new ReconciliationRow.Total(ReconciliationRow.Total.RESELLER, "517285",
                new Tally(2, new BigDecimal("10.50"), BigDecimal.ZERO, Map.of("credited", 2), 0));
        JsonNode json = new ObjectMapper().readTree(write(new ReconciliationJson(mapper()), reseller));
        assertThat(json.path("lines").size()).isZero();
        assertThat(json.path("totals").path("customers").size()).isZero();
        assertThat(json.path("totals").path("resellers").get(0).path("id").asText()).isEqualTo("517285");
        assertThat(json.path("totals").path("resellers").get(0).path("invoiced").decimalValue()).isEqualByComparingTo("10.50");
    }

    @Test
    void aCsvCellIsQuotedWhereNeededAndNeverAFormula() {
        assertThat(ReconciliationCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ReconciliationCsv.cell("Contoso, Ltd")).isEqualTo("\"Contoso, Ltd\"");
        assertThat(ReconciliationCsv.cell(new BigDecimal("-57.00"))).isEqualTo("-57.00");
        assertThat(ReconciliationCsv.cell(null)).isEmpty();
    }

    private static String write(ReconciliationFormat format, ReconciliationRow first) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(new Reconciliation(INVOICE, Stream.empty()), first, Collections.emptyIterator(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule());
    }
}

package org.partnercommerce.adapter.in.rest.reconciliation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.partnercommerce.application.port.in.invoice.Reconciliation;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;

/**
 * A reconciliation as one JSON document, written as its rows come: {@code invoice}, then
 * {@code lines} (each invoice line's fields that matter for matching, its verdict, and both values
 * where they differ), {@code ordersNotCharged}, and {@code totals} per customer and per reseller.
 */
final class ReconciliationJson implements ReconciliationFormat {

    private final ObjectMapper mapper;

    ReconciliationJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void write(Reconciliation reconciliation, ReconciliationRow first, Iterator<ReconciliationRow> rest, OutputStream out)
            throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            Invoice invoice = reconciliation.invoice();
            json.writeStartObject();
            json.writeObjectField("invoice", ReconciliationRows.InvoiceRef.of(invoice));
            String section = null;
            ReconciliationRow row = first;
            while (row != null) {
                String rowSection = switch (row) {
                    case ReconciliationRow.Line line -> "lines";
                    case ReconciliationRow.OrderNotCharged order -> "ordersNotCharged";
                    case ReconciliationRow.Total total -> total.scope().equals(ReconciliationRow.Total.CUSTOMER) ? "customers" : "resellers";
                };
                if (!rowSection.equals(section)) {
                    section = open(json, section, rowSection);
                }
                json.writeObject(ReconciliationRows.of(row));
                row = rest.hasNext() ? rest.next() : null;
            }
            close(json, section);
            json.writeObjectFieldStart("attributes");
            json.writeStringField("objectType", "InvoiceReconciliation");
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    /** Ends the section written so far and starts the next, opening {@code totals} before the first total. */
    private static String open(JsonGenerator json, String previous, String next) throws IOException {
        boolean previousIsTotal = "customers".equals(previous) || "resellers".equals(previous);
        boolean nextIsTotal = "customers".equals(next) || "resellers".equals(next);
        if (previous != null) {
            json.writeEndArray();
            if (previousIsTotal && !nextIsTotal) {
                json.writeEndObject();
            }
        }
        if (nextIsTotal && !previousIsTotal) {
            json.writeObjectFieldStart("totals");
        }
        json.writeArrayFieldStart(next);
        return next;
    }

    private static void close(JsonGenerator json, String section) throws IOException {
        if (section != null) {
            json.writeEndArray();
            if (section.equals("customers") || section.equals("resellers")) {
                json.writeEndObject();
            }
        }
    }
}

package org.partnercommerce.adapter.in.rest.reconciliation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.partnercommerce.application.port.in.invoice.Reconciliation;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;

/**
 * A reconciliation as one JSON document, written as its rows come: {@code invoice}, then
 * {@code lines} (each invoice line's fields that matter for matching, its verdict, and both values
 * where they differ), {@code ordersNotCharged}, and {@code totals} per customer and per reseller —
 * each always present, empty when it has no rows.
 */
final class ReconciliationJson implements ReconciliationFormat {

    private final ObjectMapper mapper;

    ReconciliationJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The sections in the order they are written; a section without rows is written empty. */
    private static final List<String> SECTIONS = List.of("lines", "ordersNotCharged", "customers", "resellers");

    @Override
    public void write(Reconciliation reconciliation, ReconciliationRow first, Iterator<ReconciliationRow> rest, OutputStream out)
            throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeObjectField("invoice", ReconciliationRows.InvoiceRef.of(reconciliation.invoice()));
            int open = -1;
            ReconciliationRow row = first;
            while (row != null) {
                open = moveTo(json, open, SECTIONS.indexOf(section(row)));
                json.writeObject(ReconciliationRows.of(row));
                row = rest.hasNext() ? rest.next() : null;
            }
            moveTo(json, open, SECTIONS.size());
            json.writeObjectFieldStart("attributes");
            json.writeStringField("objectType", "InvoiceReconciliation");
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static String section(ReconciliationRow row) {
        return switch (row) {
            case ReconciliationRow.Line line -> "lines";
            case ReconciliationRow.OrderNotCharged order -> "ordersNotCharged";
            case ReconciliationRow.Total total -> total.scope().equals(ReconciliationRow.Total.CUSTOMER) ? "customers" : "resellers";
        };
    }

    /**
     * Ends the open section and every one before {@code next} (written empty), and opens {@code next}; the totals' two
     * sections sit in a {@code totals} object. {@code next} past the last section ends them all.
     */
    private static int moveTo(JsonGenerator json, int open, int next) throws IOException {
        if (open == next) {
            return open;
        }
        for (int section = open; section < next; section++) {
            if (section >= 0) {
                json.writeEndArray();
                if (SECTIONS.get(section).equals("resellers")) {
                    json.writeEndObject();
                }
            }
            if (section + 1 < SECTIONS.size()) {
                if (SECTIONS.get(section + 1).equals("customers")) {
                    json.writeObjectFieldStart("totals");
                }
                json.writeArrayFieldStart(SECTIONS.get(section + 1));
            }
        }
        return next;
    }
}

package org.partnercommerce.adapter.in.rest.reconciliation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.partnercommerce.application.port.in.invoice.Reconciliation;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;

/**
 * A reconciliation as CSV (RFC 4180, UTF-8, CRLF), written as its rows come: one header, then a row
 * per invoice line ({@code line}), per order no line charges ({@code order-not-charged}) and per
 * total ({@code customer-total}, {@code reseller-total}). A value that could start a spreadsheet
 * formula is prefixed with an apostrophe.
 */
final class ReconciliationCsv implements ReconciliationFormat {

    static final List<String> HEADER = List.of("row", "invoiceId", "customerId", "resellerMpnId", "orderId", "orderLineItemNumber",
            "subscriptionId", "productId", "skuId", "availabilityId", "chargeType", "chargeStartDate", "chargeEndDate", "quantity",
            "unitPrice", "totalForCustomer", "verdict", "invoiced", "ordered", "lines", "matchedTotal", "ordersNotCharged");

    @Override
    public void write(Reconciliation reconciliation, ReconciliationRow first, Iterator<ReconciliationRow> rest, OutputStream out)
            throws IOException {
        Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        String invoice = reconciliation.invoice().id().value();
        row(csv, HEADER);
        ReconciliationRow row = first;
        while (row != null) {
            row(csv, cells(invoice, row));
            row = rest.hasNext() ? rest.next() : null;
        }
        csv.flush();
    }

    private static List<Object> cells(String invoice, ReconciliationRow row) {
        return switch (row) {
            case ReconciliationRow.Line line -> {
                ReconciliationRows.LineRow cells = ReconciliationRows.line(line.reconciled());
                yield Arrays.asList("line", invoice, cells.customerId(), cells.resellerMpnId(), cells.orderId(),
                        cells.orderLineItemNumber(), cells.subscriptionId(), cells.productId(), cells.skuId(), cells.availabilityId(),
                        cells.chargeType(), cells.chargeStartDate(), cells.chargeEndDate(), cells.quantity(), cells.unitPrice(),
                        cells.totalForCustomer(), cells.verdict(), cells.invoiced(), cells.ordered(), null, null, null);
            }
            case ReconciliationRow.OrderNotCharged notCharged -> {
                ReconciliationRows.OrderRow cells = ReconciliationRows.order(notCharged.order());
                yield Arrays.asList("order-not-charged", invoice, cells.customerId(), null, cells.orderId(), null, null, null,
                        null, null, null, null, null, null, null, cells.totalPrice(), cells.verdict(), null, null, null, null, null);
            }
            case ReconciliationRow.Total total -> Arrays.asList(total.scope() + "-total", invoice,
                    total.scope().equals(ReconciliationRow.Total.CUSTOMER) ? total.id() : null,
                    total.scope().equals(ReconciliationRow.Total.RESELLER) ? total.id() : null, null, null, null, null, null, null, null,
                    null, null, null, null, total.tally().invoiced(), total.tally().verdicts().entrySet().stream()
                            .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(";")), null, null,
                    total.tally().lines(), total.tally().matched(), total.tally().ordersNotCharged());
        };
    }

    private static void row(Writer csv, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(cell(cells.get(i)));
        }
        csv.write("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : Objects.toString(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}

package org.partnercommerce.emulator.billing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An invoice's PDF statement ({@code GET /v1/invoices/{invoice-id}/documents/statement}): a
 * one-page PDF 1.4 written by hand — catalog, pages, the page, Helvetica, and a content stream
 * with the invoice id, billing period, total and currency — with a cross-reference table whose
 * offsets point at each object.
 */
public final class InvoiceStatement {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private InvoiceStatement() {
    }

    public static byte[] of(Invoice invoice, String partnerName) {
        List<String> text = List.of(
                partnerName + " - Microsoft Partner Center invoice",
                "Invoice " + invoice.id(),
                "Invoice date " + DAY.format(invoice.invoiceDate()),
                "Billing period " + DAY.format(invoice.billingPeriodStartDate()) + " to " + DAY.format(invoice.billingPeriodEndDate()),
                "Total " + invoice.totalCharges().toPlainString() + " " + invoice.currencyCode(),
                "Line items " + invoice.lines(BillingProvider.ONETIME).size());
        StringBuilder content = new StringBuilder("BT\n/F1 12 Tf\n72 720 Td\n16 TL\n");
        for (String line : text) {
            content.append('(').append(escape(line)).append(") Tj T*\n");
        }
        content.append("ET\n");
        byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1) + "endstream");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int number = 1; number <= objects.size(); number++) {
            offsets.add(pdf.size());
            write(pdf, number + " 0 obj\n" + objects.get(number - 1) + "\nendobj\n");
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF");
        write(pdf, table.toString());
        return pdf.toByteArray();
    }

    private static String escape(String line) {
        StringBuilder escaped = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c < 32 || c > 126 ? '?' : c);
        }
        return escaped.toString();
    }

    private static void write(ByteArrayOutputStream pdf, String text) {
        pdf.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}

package org.partnercommerce.emulator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v1/invoices/{invoice-id}/documents/statement}: a valid PDF 1.4 whose cross-reference table points at its objects. */
class TheInvoiceStatementIsAPdf {

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0));
    private static final PartnerCenterClient client = partnerCenter.client();
    private static String invoiceId;

    @BeforeAll
    static void invoiceSomething() {
        invoiceId = client.post("/emulator/v1/billing/generated-invoices", null,
                "{\"lines\": 10, \"customerId\": \"" + Shopping.WINGTIP_US + "\", \"currencyCode\": \"USD\"}").json().get("id").asText();
    }

    @Test
    void theStatementIsAPdfWhoseCrossReferencesPointAtItsObjects() throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(partnerCenter.emulator().baseUri() + "/v1/invoices/" + invoiceId + "/documents/statement"))
                .header("Authorization", "Bearer " + client.userToken()).build(), HttpResponse.BodyHandlers.ofByteArray());
        String pdf = new String(response.body(), StandardCharsets.ISO_8859_1);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=Invoice_" + invoiceId + ".pdf");
        assertThat(pdf).startsWith("%PDF-1.").endsWith("%%EOF").contains("Invoice " + invoiceId).contains("USD");
        int startxref = Integer.parseInt(pdf.substring(pdf.lastIndexOf("startxref") + 10, pdf.lastIndexOf("%%EOF")).trim());
        assertThat(pdf.substring(startxref)).startsWith("xref");
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n").matcher(pdf.substring(startxref));
        int object = 1;
        while (entries.find()) {
            assertThat(pdf.substring(Integer.parseInt(entries.group(1)))).startsWith(object + " 0 obj");
            object++;
        }
        assertThat(object).isEqualTo(6);
    }

    @Test
    void anAppOnlyCallerGetsNoStatement() {
        assertThat(client.get("/v1/invoices/" + invoiceId + "/documents/statement", client.appToken()).status()).isEqualTo(403);
        assertThat(client.get("/v1/invoices/G000000999/documents/statement", client.userToken()).status()).isEqualTo(404);
    }
}

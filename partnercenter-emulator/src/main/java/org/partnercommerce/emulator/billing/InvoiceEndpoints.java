package org.partnercommerce.emulator.billing;

import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.Market;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.ResourceAttributes;
import org.partnercommerce.emulator.wire.ResourceCollection;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The partner's invoices (Partner Center: "Invoices and reconciliation"):
 * <ul>
 *     <li>{@code GET /v1/invoices/summary} (USD) and {@code /summaries} (App+User; one per currency invoiced, USD always);</li>
 *     <li>{@code GET /v1/invoices?size=&offset=}, newest first, and {@code GET /v1/invoices/{invoice-id}};</li>
 *     <li>{@code GET /v1/invoices/{invoice-id}/lineitems?provider=onetime&invoicelineitemtype=billinglineitems&size=}, seek-paged
 *     (at most {@value #MAXIMUM_SEEK_PAGE} a page; a next page is asked with {@code seekOperation=Next} and the page's
 *     {@code MS-ContinuationToken});</li>
 *     <li>the legacy {@code GET /v1/invoices/{invoice-id}/lineitems/{provider}/{type}?size=&offset=}, offset-paged;</li>
 *     <li>{@code GET /v1/invoices/unbilled/lineitems?...&currencycode=&period=current|previous}, seek-paged: what the next close
 *     bills, or what the last one billed;</li>
 *     <li>{@code GET /v1/invoices/{invoice-id}/documents/statement} (App+User): the PDF.</li>
 * </ul>
 */
public final class InvoiceEndpoints {

    static final int MAXIMUM_SEEK_PAGE = 2000;
    private static final int DEFAULT_INVOICE_PAGE = 200;
    private static final String DEFAULT_CURRENCY = "USD";

    private final Billing billing;
    private final Customers customers;
    private final Catalog catalog;
    private final Clock clock;
    private final URI baseUri;

    public InvoiceEndpoints(Billing billing, Customers customers, Catalog catalog, Clock clock, URI baseUri) {
        this.billing = billing;
        this.customers = customers;
        this.catalog = catalog;
        this.clock = clock;
        this.baseUri = baseUri;
    }

    /** Literal segments ({@code summary}, {@code unbilled}) outrank {@code {invoice-id}}. */
    public void addTo(RouteGroup anyCaller, RouteGroup appPlusUserOnly) {
        anyCaller.get("/v1/invoices", this::invoices)
                .get("/v1/invoices/summary", this::summary)
                .get("/v1/invoices/unbilled/lineitems", this::unbilledLineItems)
                .get("/v1/invoices/{invoice-id}", this::invoice)
                .get("/v1/invoices/{invoice-id}/lineitems", this::lineItems)
                .get("/v1/invoices/{invoice-id}/lineitems/{provider}/{invoice-line-item-type}", this::legacyLineItems);
        appPlusUserOnly.get("/v1/invoices/summaries", this::summaries)
                .get("/v1/invoices/{invoice-id}/documents/statement", this::statement);
    }

    private Response summary(Request request) {
        return Json.ok(summaryOf(DEFAULT_CURRENCY, "/invoices/summary"));
    }

    private Response summaries(Request request) {
        TreeSet<String> currencies = new TreeSet<>(List.of(DEFAULT_CURRENCY));
        billing.invoices().forEach(invoice -> currencies.add(invoice.currencyCode().toUpperCase(Locale.ROOT)));
        List<InvoiceSummaryDto> summaries = currencies.stream().map(currency -> summaryOf(currency, "/invoices/summaries")).toList();
        return Json.ok(ResourceCollection.answering(request, summaries));
    }

    private InvoiceSummaryDto summaryOf(String currency, String self) {
        List<Invoice> invoices = billing.invoices().stream().filter(invoice -> invoice.currencyCode().equalsIgnoreCase(currency)).toList();
        return InvoiceSummaryDto.of(invoices, currency, symbol(currency), clock.instant(), self);
    }

    private Response invoices(Request request) {
        int size = number(request, "size", DEFAULT_INVOICE_PAGE, 1, Integer.MAX_VALUE);
        int offset = number(request, "offset", 0, 0, Integer.MAX_VALUE);
        List<Invoice> all = billing.invoices();
        List<InvoiceDto> page = all.subList(Math.min(offset, all.size()), (int) Math.min((long) offset + size, all.size())).stream()
                .map(invoice -> InvoiceDto.of(invoice, symbol(invoice.currencyCode()), null)).toList();
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", Link.get(ResourceCollection.selfUri(request)));
        if ((long) offset + size < all.size()) {
            links.put("next", Link.get("/invoices?size=" + size + "&offset=" + (offset + size)));
        }
        return Json.ok(new ResourceCollection<>(page.size(), page, links, ResourceAttributes.of("Collection")));
    }

    private Response invoice(Request request) {
        Invoice invoice = existing(request.pathParameter("invoice-id"));
        return Json.ok(InvoiceDto.of(invoice, symbol(invoice.currencyCode()),
                baseUri + "/v1/invoices/" + invoice.id() + "/documents/statement"));
    }

    private Response lineItems(Request request) {
        Invoice invoice = existing(request.pathParameter("invoice-id"));
        BillingProvider provider = seekProvider(request);
        InvoiceLines lines = invoice.lines(provider);
        String query = "provider=onetime&invoicelineitemtype=billinglineitems";
        return seekPage(request, lines, invoice.id(), "invoice:" + invoice.id() + ":" + provider.wire(),
                "/invoices/" + invoice.id() + "/lineitems?" + query);
    }

    private Response unbilledLineItems(Request request) {
        seekProvider(request);
        String currency = request.query().firstNonBlank("currencycode")
                .orElseThrow(() -> PartnerCenterFault.missingParameter("currencycode")).toUpperCase(Locale.ROOT);
        String period = request.query().firstNonBlank("period").orElseThrow(() -> PartnerCenterFault.missingParameter("period"))
                .toLowerCase(Locale.ROOT);
        List<Charge> charges = switch (period) {
            case "current" -> billing.unbilled(currency);
            case "previous" -> billing.lastClosed(currency);
            default -> throw PartnerCenterFault.unparsableEnum("period", period, List.of("current", "previous"));
        };
        String query = "provider=onetime&invoicelineitemtype=billinglineitems&currencycode=" + currency + "&period=" + period;
        return seekPage(request, InvoiceLines.of(charges), "", "unbilled:" + currency + ":" + period, "/invoices/unbilled/lineitems?" + query);
    }

    private Response legacyLineItems(Request request) {
        Invoice invoice = existing(request.pathParameter("invoice-id"));
        String providerName = request.pathParameter("provider");
        BillingProvider provider = BillingProvider.parse(providerName)
                .orElseThrow(() -> PartnerCenterFault.unparsableEnum("provider", providerName, BillingProvider.names()));
        String type = request.pathParameter("invoice-line-item-type");
        if (!InvoiceLineItemDto.BILLING_LINE_ITEMS.equalsIgnoreCase(type)) {
            throw PartnerCenterFault.unparsableEnum("invoicelineitemtype", type, List.of(InvoiceLineItemDto.BILLING_LINE_ITEMS));
        }
        int size = number(request, "size", MAXIMUM_SEEK_PAGE, 1, MAXIMUM_SEEK_PAGE);
        int offset = number(request, "offset", 0, 0, Integer.MAX_VALUE);
        InvoiceLines lines = invoice.lines(provider);
        List<InvoiceLineItemDto> page = items(lines.slice(offset, (int) Math.min((long) offset + size, Integer.MAX_VALUE)), invoice.id());
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", Link.get(ResourceCollection.selfUri(request)));
        if ((long) offset + size < lines.size()) {
            links.put("next", Link.get("/invoices/" + invoice.id() + "/lineitems/" + provider.wire() + "/" + InvoiceLineItemDto.BILLING_LINE_ITEMS
                    + "?size=" + size + "&offset=" + (offset + size)));
        }
        return Json.ok(new ResourceCollection<>(page.size(), page, links, ResourceAttributes.of("Collection")));
    }

    private Response statement(Request request) {
        Invoice invoice = existing(request.pathParameter("invoice-id"));
        return Response.of(200, "application/pdf", InvoiceStatement.of(invoice, customers.partner().name()))
                .withHeader("Content-Disposition", "attachment; filename=Invoice_" + invoice.id() + ".pdf");
    }

    /**
     * One page of the list from the offset the continuation token carries ({@code seekOperation=Next}), or the first page.
     *
     * @param list     what the token is bound to
     * @param nextBase the next link's URI without {@code size} and {@code seekOperation}
     */
    private Response seekPage(Request request, InvoiceLines lines, String invoiceNumber, String list, String nextBase) {
        int size = number(request, "size", MAXIMUM_SEEK_PAGE, 1, MAXIMUM_SEEK_PAGE);
        int offset = 0;
        var seek = request.query().firstNonBlank("seekOperation");
        if (seek.isPresent()) {
            if (!seek.get().equalsIgnoreCase("Next")) {
                throw PartnerCenterFault.unparsableEnum("seekOperation", seek.get(), List.of("Next"));
            }
            String token = request.header(ContinuationTokens.HEADER).filter(value -> !value.isBlank())
                    .orElseThrow(() -> PartnerCenterFault.missingParameter(ContinuationTokens.HEADER));
            offset = ContinuationTokens.offset(token, list);
        }
        int end = (int) Math.min((long) offset + size, lines.size());
        List<InvoiceLineItemDto> items = items(lines.slice(offset, end), invoiceNumber);
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("self", Link.get(ResourceCollection.selfUri(request)));
        String token = null;
        if (end < lines.size()) {
            token = ContinuationTokens.of(list, end);
            links.put("next", new Link(nextBase + "&size=" + size + "&seekOperation=Next", "GET",
                    List.of(new Link.Header(ContinuationTokens.HEADER, token))));
        }
        return Json.ok(new SeekPage<>(items.size(), items, token, links, ResourceAttributes.of("Collection")));
    }

    private List<InvoiceLineItemDto> items(List<Charge> charges, String invoiceNumber) {
        String mpnId = customers.partner().mpnId();
        List<InvoiceLineItemDto> items = new ArrayList<>(charges.size());
        for (Charge charge : charges) {
            items.add(InvoiceLineItemDto.of(charge, invoiceNumber, mpnId, customers.customer(charge.customerId()).orElse(null)));
        }
        return items;
    }

    /** {@code provider} (only {@code onetime}, any case; {@code one_time} is refused) and {@code invoicelineitemtype} ({@code billinglineitems}). */
    private static BillingProvider seekProvider(Request request) {
        String provider = request.query().firstNonBlank("provider").orElseThrow(() -> PartnerCenterFault.missingParameter("provider"));
        if (!BillingProvider.ONETIME.wire().equalsIgnoreCase(provider)) {
            throw PartnerCenterFault.unparsableEnum("provider", provider, List.of(BillingProvider.ONETIME.wire()));
        }
        String type = request.query().firstNonBlank("invoicelineitemtype")
                .orElseThrow(() -> PartnerCenterFault.missingParameter("invoicelineitemtype"));
        if (!InvoiceLineItemDto.BILLING_LINE_ITEMS.equalsIgnoreCase(type)) {
            throw PartnerCenterFault.unparsableEnum("invoicelineitemtype", type, List.of(InvoiceLineItemDto.BILLING_LINE_ITEMS));
        }
        return BillingProvider.ONETIME;
    }

    private Invoice existing(String invoiceId) {
        return billing.invoice(invoiceId)
                .orElseThrow(() -> PartnerCenterFault.notFound("The invoice '" + invoiceId + "' was not found."));
    }

    private String symbol(String currency) {
        return catalog.markets().stream().filter(market -> market.currency().equalsIgnoreCase(currency)).map(Market::currencySymbol)
                .findFirst().orElse(currency);
    }

    private static int number(Request request, String name, int fallback, int minimum, int maximum) {
        String value = request.query().firstNonBlank(name).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= minimum && number <= maximum) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw PartnerCenterFault.invalidProperty(name, "'" + value + "' is not a valid " + name + (maximum < Integer.MAX_VALUE
                ? ": from " + minimum + " to " + maximum + "." : ": at least " + minimum + "."));
    }
}

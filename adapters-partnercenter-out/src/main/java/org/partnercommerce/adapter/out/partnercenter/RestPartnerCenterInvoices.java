package org.partnercommerce.adapter.out.partnercenter;

import static org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterAnswers.readable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.StreamSupport;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterClients;
import org.partnercommerce.adapter.out.partnercenter.invoice.InvoiceDto;
import org.partnercommerce.adapter.out.partnercenter.invoice.InvoiceLineItemDto;
import org.partnercommerce.adapter.out.partnercenter.invoice.InvoiceSummaryDto;
import org.partnercommerce.adapter.out.partnercenter.invoice.PartnerCenterInvoiceClient;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterInvoices;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.invoice.BillingPeriod;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.invoice.InvoiceLineItem;
import org.partnercommerce.domain.invoice.InvoicePage;
import org.partnercommerce.domain.invoice.InvoiceSummary;
import org.partnercommerce.domain.invoice.LineItemPage;
import org.partnercommerce.domain.invoice.LineItemSource;

/**
 * Invoices over Partner Center's REST API. Nothing is cached: a balance moves with every payment,
 * and an invoice's lines are many and read once. Line items of the one-time provider are seek-paged
 * ({@code seekOperation=Next} with the {@code MS-ContinuationToken} of the previous page); those of
 * the legacy providers ({@code office}, {@code azure}) are offset-paged on their own path, their next
 * offset carried as this port's continuation token. Each page is its own read, with its own request id.
 */
@ApplicationScoped
public class RestPartnerCenterInvoices implements PartnerCenterInvoices {

    private final PartnerCenterCalls calls;
    private final PartnerCenterInvoiceClient client;

    @Inject
    public RestPartnerCenterInvoices(PartnerCenterCalls calls, PartnerCenterConfig config) {
        this(calls, PartnerCenterClients.build(PartnerCenterInvoiceClient.class, config));
    }

    public RestPartnerCenterInvoices(PartnerCenterCalls calls, PartnerCenterInvoiceClient client) {
        this.calls = calls;
        this.client = client;
    }

    @Override
    public InvoiceSummary summary() {
        InvoiceSummaryDto summary = calls.call("GET invoice summary", client::summary);
        return readable("the invoice summary", summary::toDomain);
    }

    @Override
    public List<InvoiceSummary> summaries() {
        CollectionDto<InvoiceSummaryDto> summaries = calls.call("GET invoice summaries", client::summaries);
        return readable("the invoice summaries", () -> summaries.itemsOrNone().stream().map(InvoiceSummaryDto::toDomain).toList());
    }

    @Override
    public InvoicePage invoices(int size, int offset) {
        CollectionDto<InvoiceDto> page = calls.call("GET invoices", headers -> client.invoices(headers,
                Map.of("size", Integer.toString(size), "offset", Integer.toString(offset))));
        List<Invoice> invoices = readable("an invoice list", () -> page.itemsOrNone().stream().map(InvoiceDto::toDomain).toList());
        OptionalInt next = page.hasNextPage() ? OptionalInt.of(offset + Math.max(invoices.size(), 1)) : OptionalInt.empty();
        return new InvoicePage(invoices, next);
    }

    /** Empty when Partner Center does not know it (404). */
    @Override
    public Optional<Invoice> invoice(InvoiceId id) {
        Objects.requireNonNull(id, "id");
        InvoiceDto invoice;
        try {
            invoice = calls.call("GET invoice", headers -> client.invoice(headers, id.value()));
        } catch (PartnerCenterException.NotFound notFound) {
            return Optional.empty();
        }
        return Optional.of(readable("an invoice", invoice::toDomain));
    }

    /** Empty when Partner Center does not know the invoice (404). */
    @Override
    public Optional<LineItemPage> lineItems(InvoiceId id, LineItemSource source, Optional<String> continuationToken, int size) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        CollectionDto<InvoiceLineItemDto> page;
        try {
            page = source.provider() == LineItemSource.Provider.ONETIME
                    ? calls.call("GET invoice line items", headers -> client.lineItems(headers, id.value(),
                            continuationToken.orElse(null), seekQuery(source, continuationToken, size)))
                    : calls.call("GET legacy invoice line items", headers -> client.legacyLineItems(headers, id.value(),
                            source.provider().value(), source.lineItemType(), Map.of("size", Integer.toString(size),
                                    "offset", continuationToken.orElse("0"))));
        } catch (PartnerCenterException.NotFound notFound) {
            return Optional.empty();
        }
        List<InvoiceLineItem> items = lines(page);
        Optional<String> next = source.provider() == LineItemSource.Provider.ONETIME ? seekToken(page)
                : page.hasNextPage() ? Optional.of(Integer.toString(Integer.parseInt(continuationToken.orElse("0")) + items.size()))
                : Optional.empty();
        return Optional.of(new LineItemPage(items, next));
    }

    @Override
    public LineItemPage unbilledLineItems(CurrencyCode currency, BillingPeriod period, Optional<String> continuationToken, int size) {
        Map<String, String> query = seekQuery(LineItemSource.ONE_TIME_BILLING, continuationToken, size);
        query.put("currencycode", currency.value());
        query.put("period", period.value());
        CollectionDto<InvoiceLineItemDto> page = calls.call("GET unbilled invoice line items", headers -> client.unbilledLineItems(
                headers, continuationToken.orElse(null), query));
        return new LineItemPage(lines(page), seekToken(page));
    }

    /** Empty when Partner Center does not know the invoice (404). */
    @Override
    public Optional<byte[]> statement(InvoiceId id) {
        Objects.requireNonNull(id, "id");
        try {
            return Optional.of(calls.call("GET invoice statement", headers -> client.statement(headers, id.value())));
        } catch (PartnerCenterException.NotFound notFound) {
            return Optional.empty();
        }
    }

    private static Map<String, String> seekQuery(LineItemSource source, Optional<String> continuationToken, int size) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("provider", source.provider().value());
        query.put("invoicelineitemtype", source.lineItemType());
        query.put("size", Integer.toString(size));
        continuationToken.ifPresent(token -> query.put("seekOperation", "Next"));
        return query;
    }

    private static List<InvoiceLineItem> lines(CollectionDto<InvoiceLineItemDto> page) {
        return readable("invoice line items", () -> page.itemsOrNone().stream().map(InvoiceLineItemDto::toDomain).toList());
    }

    /** The page's continuation token: in the body, or in its next link's {@code MS-ContinuationToken} header; none on the last page. */
    private static Optional<String> seekToken(CollectionDto<InvoiceLineItemDto> page) {
        if (!page.hasNextPage()) {
            return Optional.empty();
        }
        Optional<String> inBody = Optional.ofNullable(page.continuationToken()).filter(token -> !token.isBlank());
        return inBody.or(() -> Optional.ofNullable(page.links().path("next").path("headers")).stream()
                .flatMap(headers -> StreamSupport.stream(headers.spliterator(), false))
                .filter(header -> "MS-ContinuationToken".equalsIgnoreCase(header.path("key").asText()))
                .map(header -> header.path("value").asText()).filter(token -> !token.isBlank()).findFirst());
    }
}

package org.partnercommerce.testing.fake;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnercommerce.application.port.out.PartnerCenterInvoices;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.invoice.BillingPeriod;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.invoice.InvoicePage;
import org.partnercommerce.domain.invoice.InvoiceSummary;
import org.partnercommerce.domain.invoice.LineItemPage;
import org.partnercommerce.domain.invoice.LineItemSource;
import org.partnercommerce.domain.invoice.InvoiceLineItem;

/**
 * Partner Center's invoices as a test gives them. Line items are paged {@value #PAGE} at a time
 * whatever size is asked (Partner Center may answer fewer than asked), with the next offset as the
 * continuation token; it counts the pages it served.
 */
public final class FakePartnerCenterInvoices implements PartnerCenterInvoices {

    static final int PAGE = 2;

    private final Map<InvoiceId, Invoice> invoices = new ConcurrentHashMap<>();
    private final Map<InvoiceId, List<InvoiceLineItem>> lines = new ConcurrentHashMap<>();
    private final List<InvoiceLineItem> unbilled = new ArrayList<>();
    private final AtomicInteger pagesServed = new AtomicInteger();

    public FakePartnerCenterInvoices add(Invoice invoice, List<InvoiceLineItem> itsLines) {
        invoices.put(invoice.id(), invoice);
        lines.put(invoice.id(), List.copyOf(itsLines));
        return this;
    }

    public FakePartnerCenterInvoices unbilled(List<InvoiceLineItem> items) {
        unbilled.clear();
        unbilled.addAll(items);
        return this;
    }

    public int pagesServed() {
        return pagesServed.get();
    }

    @Override
    public InvoiceSummary summary() {
        BigDecimal balance = invoices.values().stream().map(Invoice::totalCharges).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InvoiceSummary(balance, "USD", "$", Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.ZERO,
                Optional.empty(), List.of());
    }

    @Override
    public List<InvoiceSummary> summaries() {
        return List.of(summary());
    }

    @Override
    public InvoicePage invoices(int size, int offset) {
        List<Invoice> all = invoices.values().stream().sorted((a, b) -> b.id().value().compareTo(a.id().value())).toList();
        List<Invoice> page = all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()));
        return new InvoicePage(page, offset + size < all.size() ? OptionalInt.of(offset + size) : OptionalInt.empty());
    }

    @Override
    public Optional<Invoice> invoice(InvoiceId id) {
        return Optional.ofNullable(invoices.get(id));
    }

    @Override
    public Optional<LineItemPage> lineItems(InvoiceId id, LineItemSource source, Optional<String> continuationToken, int size) {
        return Optional.ofNullable(lines.get(id)).map(all -> page(all, continuationToken, size));
    }

    @Override
    public LineItemPage unbilledLineItems(CurrencyCode currency, BillingPeriod period, Optional<String> continuationToken, int size) {
        return page(List.copyOf(unbilled), continuationToken, size);
    }

    @Override
    public Optional<byte[]> statement(InvoiceId id) {
        return invoice(id).map(invoice -> ("%PDF-1.4\n% " + invoice.id() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    private LineItemPage page(List<InvoiceLineItem> all, Optional<String> continuationToken, int size) {
        pagesServed.incrementAndGet();
        int from = continuationToken.map(Integer::parseInt).orElse(0);
        int to = Math.min(all.size(), from + Math.min(size, PAGE));
        return new LineItemPage(all.subList(Math.min(from, all.size()), to),
                to < all.size() ? Optional.of(Integer.toString(to)) : Optional.empty());
    }
}

package org.partnercommerce.application.service.invoice;

import org.partnercommerce.domain.order.OrderCursor;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.invoice.Reconciliation;
import org.partnercommerce.application.port.in.invoice.ReconcileInvoiceUseCase;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.PartnerCenterInvoices;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.invoice.InvoiceLineItem;
import org.partnercommerce.domain.invoice.LineItemPage;
import org.partnercommerce.domain.invoice.LineItemSource;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.reconciliation.InvoiceLineJudge;
import org.partnercommerce.domain.reconciliation.ReconciledLine;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;
import org.partnercommerce.domain.reconciliation.Tally;
import org.partnercommerce.domain.shared.DomainViolation;

/**
 * Reconciles an invoice's one-time (new commerce) line items against the orders this service
 * keeps, streaming: Partner Center's pages ({@value #PAGE_SIZE} lines, its largest) are read one at
 * a time as the caller takes the rows, and each page's orders are read from the history with one
 * query per customer. What is held is bounded by the orders and customers of the period, never by
 * the invoice's lines: the ids of this service's orders some line charged, and a tally per
 * customer and per reseller.
 *
 * <p>The rows come in three parts ({@link ReconciliationRow}): every line with its verdict
 * ({@link InvoiceLineJudge}); then every order this service placed in the invoice's billing period
 * ({@link #until}) that no line charged, in the invoice's currency; then the totals, per
 * customer and per reseller, in id order. For the partner's systems and readers ({@link InvoiceReaders}).
 */
public final class ReconcileInvoiceService implements ReconcileInvoiceUseCase {

    static final int PAGE_SIZE = 2000;
    static final int ORDERS_PER_PAGE = 500;

    private final PartnerCenterInvoices partnerCenter;
    private final Orders orders;

    public ReconcileInvoiceService(PartnerCenterInvoices partnerCenter, Orders orders) {
        this.partnerCenter = partnerCenter;
        this.orders = orders;
    }

    @Override
    public Reconciliation reconcile(Caller caller, InvoiceId invoiceId) {
        InvoiceReaders.require(caller);
        Invoice invoice = partnerCenter.invoice(invoiceId).orElseThrow(() -> NotFound.invoice(invoiceId));
        Rows rows = new Rows(invoice);
        return new Reconciliation(invoice, StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
                Spliterator.ORDERED | Spliterator.NONNULL), false));
    }

    /** The rows of one reconciliation, computed as they are taken. */
    private final class Rows implements Iterator<ReconciliationRow> {

        private final Invoice invoice;
        private final Deque<ReconciliationRow> ready = new ArrayDeque<>();
        private final Set<OrderId> charged = new HashSet<>();
        private final Map<String, Tally> customers = new TreeMap<>();
        private final Map<String, Tally> resellers = new TreeMap<>();
        private Optional<String> continuation = Optional.empty();
        private boolean linesRead;
        private boolean finished;

        Rows(Invoice invoice) {
            this.invoice = invoice;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !finished) {
                if (!linesRead) {
                    readPage();
                } else {
                    finish();
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public ReconciliationRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.removeFirst();
        }

        private void readPage() {
            LineItemPage page = partnerCenter.lineItems(invoice.id(), LineItemSource.ONE_TIME_BILLING, continuation, PAGE_SIZE)
                    .orElseThrow(() -> NotFound.invoice(invoice.id()));
            Map<OrderId, Order> kept = ordersOf(page.items());
            for (InvoiceLineItem line : page.items()) {
                Optional<Order> order = orderId(line).map(kept::get);
                ReconciledLine reconciled = InvoiceLineJudge.judge(line, order);
                order.ifPresent(found -> charged.add(found.id()));
                customers.merge(line.customerId(), Tally.NONE.with(reconciled), (sum, one) -> sum.with(reconciled));
                line.resellerMpnId().ifPresent(reseller -> resellers.merge(reseller, Tally.NONE.with(reconciled),
                        (sum, one) -> sum.with(reconciled)));
                ready.add(new ReconciliationRow.Line(reconciled));
            }
            continuation = page.continuationToken();
            linesRead = continuation.isEmpty();
        }

        /** The page's orders kept here, read with one query per customer. */
        private Map<OrderId, Order> ordersOf(List<InvoiceLineItem> lines) {
            Map<CustomerId, Set<OrderId>> asked = new HashMap<>();
            for (InvoiceLineItem line : lines) {
                Optional<CustomerId> customer = customerId(line);
                Optional<OrderId> order = orderId(line);
                if (customer.isPresent() && order.isPresent()) {
                    asked.computeIfAbsent(customer.get(), any -> new HashSet<>()).add(order.get());
                }
            }
            return asked.entrySet().stream().flatMap(entry -> orders.findAll(entry.getKey(), entry.getValue()).stream())
                    .collect(Collectors.toMap(Order::id, order -> order, (first, second) -> first));
        }

        private void finish() {
            Optional<Instant> start = invoice.billingPeriodStartDate();
            Optional<Instant> end = invoice.billingPeriodEndDate();
            if (start.isPresent() && end.isPresent()) {
                Instant until = until(end.get());
                Optional<OrderCursor> after = Optional.empty();
                List<Order> page;
                do {
                    // Page by page: what is held is the period's orders no line charged, never the period's every order.
                    page = orders.createdBetween(start.get(), until, after, ORDERS_PER_PAGE);
                    for (Order order : page) {
                        if (!charged.contains(order.id()) && inCurrency(order)) {
                            notCharged(order);
                        }
                    }
                    after = page.isEmpty() ? after : Optional.of(new OrderCursor(page.getLast().creationDate(), page.getLast().id()));
                } while (page.size() == ORDERS_PER_PAGE);
            }
            customers.forEach((id, tally) -> ready.add(new ReconciliationRow.Total(ReconciliationRow.Total.CUSTOMER, id, tally)));
            resellers.forEach((id, tally) -> ready.add(new ReconciliationRow.Total(ReconciliationRow.Total.RESELLER, id, tally)));
            finished = true;
        }

        private void notCharged(Order order) {
            ready.add(new ReconciliationRow.OrderNotCharged(order));
            customers.merge(order.referenceCustomerId().value(), Tally.NONE.withOrderNotCharged(), (sum, one) -> sum.withOrderNotCharged());
            for (PartnerId reseller : order.partnersOnRecord()) {
                resellers.merge(reseller.value(), Tally.NONE.withOrderNotCharged(), (sum, one) -> sum.withOrderNotCharged());
            }
        }

        /** An order in another currency is on another invoice; an order without one is on any. */
        private boolean inCurrency(Order order) {
            return order.currency().map(currency -> currency.value().equalsIgnoreCase(invoice.currencyCode())).orElse(true);
        }
    }

    /**
     * The end of the billing period: Partner Center writes its last day ({@code 2026-11-30T00:00:00Z}), which the period
     * includes to its end; a period ending at another moment ends then.
     */
    static Instant until(Instant end) {
        Instant day = end.truncatedTo(ChronoUnit.DAYS);
        return day.equals(end) ? day.plus(Duration.ofDays(1)) : end;
    }

    private static Optional<OrderId> orderId(InvoiceLineItem line) {
        try {
            return line.orderId().map(OrderId::of);
        } catch (DomainViolation notAnOrderId) {
            return Optional.empty();
        }
    }

    private static Optional<CustomerId> customerId(InvoiceLineItem line) {
        try {
            return Optional.of(CustomerId.of(line.customerId()));
        } catch (DomainViolation notACustomerId) {
            return Optional.empty();
        }
    }
}

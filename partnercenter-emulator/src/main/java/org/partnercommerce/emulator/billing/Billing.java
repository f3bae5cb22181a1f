package org.partnercommerce.emulator.billing;

import org.partnercommerce.emulator.state.StateChanges;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The partner's billing: a billing period runs from the emulator's first start (or the previous
 * close) until the control API closes it; the close bills what {@link ChargesOfTheOpenPeriod} finds
 * on one invoice per currency, numbered on from the last invoice ({@code G000000001}, ...). Also
 * the unordered lines waiting for the next close, and the generated invoices of benchmarks.
 * Everything here is kept in the state file ({@link BillingSnapshot}).
 */
public final class Billing {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChargesOfTheOpenPeriod open;
    private final StateChanges changes;
    private final Clock clock;

    private long lastInvoiceNumber;
    private Instant periodStart;
    private final Set<String> billedOrderIds = new HashSet<>();
    private final Set<String> creditedSubscriptionIds = new HashSet<>();
    private final List<UnorderedLine> unorderedLines = new ArrayList<>();
    private final List<ClosedInvoice> closedInvoices = new ArrayList<>();
    private final List<GeneratedInvoice> generatedInvoices = new ArrayList<>();
    private List<String> lastCloseInvoiceIds = List.of();

    public Billing(ChargesOfTheOpenPeriod open, StateChanges changes, Clock clock) {
        this.open = open;
        this.changes = changes;
        this.clock = clock;
        this.periodStart = clock.instant();
    }

    /** Closes the open period now. */
    public List<ClosedInvoice> close() {
        return close(clock.instant());
    }

    /** Closes the open period at {@code now}: the invoices it created, one per currency that had charges (none when none had). */
    public synchronized List<ClosedInvoice> close(Instant now) {
        ChargesOfTheOpenPeriod.Pending pending = pending();
        Map<String, List<Charge>> byCurrency = new TreeMap<>();
        pending.charges().forEach(charge -> byCurrency.computeIfAbsent(charge.currency().toUpperCase(Locale.ROOT), ignored -> new ArrayList<>())
                .add(charge));
        List<ClosedInvoice> created = new ArrayList<>();
        byCurrency.forEach((currency, charges) -> created.add(new ClosedInvoice(InvoiceNumbers.id(++lastInvoiceNumber), now, periodStart, now,
                currency, charges)));
        closedInvoices.addAll(created);
        billedOrderIds.addAll(pending.billedOrderIds());
        creditedSubscriptionIds.addAll(pending.creditedSubscriptionIds());
        unorderedLines.clear();
        lastCloseInvoiceIds = created.stream().map(ClosedInvoice::id).toList();
        periodStart = now;
        changes.changed();
        return created;
    }

    /** The charges the next close would bill, in the currency. */
    public synchronized List<Charge> unbilled(String currency) {
        return pending().charges().stream().filter(charge -> charge.currency().equalsIgnoreCase(currency)).toList();
    }

    /** The lines of the last closed period's invoice in the currency (none when it had none). */
    public synchronized List<Charge> lastClosed(String currency) {
        return closedInvoices.stream().filter(invoice -> lastCloseInvoiceIds.contains(invoice.id()))
                .filter(invoice -> invoice.currencyCode().equalsIgnoreCase(currency))
                .flatMap(invoice -> invoice.charges().stream()).toList();
    }

    /** Adds a line the partner never ordered to the next close, with a fresh order id and subscription id. */
    public synchronized UnorderedLine addUnordered(String customerId, String productId, String skuId, int quantity, BigDecimal unitPrice,
                                                   String currencyCode, Optional<String> orderId, Instant now) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        UnorderedLine line = new UnorderedLine(customerId, productId, skuId, quantity, Charge.amount(unitPrice),
                currencyCode.toUpperCase(Locale.ROOT), orderId.orElseGet(() -> HexFormat.of().formatHex(bytes)), UUID.randomUUID().toString(),
                now);
        unorderedLines.add(line);
        changes.changed();
        return line;
    }

    /** An invoice of {@code lines} lines computed on demand. */
    public synchronized GeneratedInvoice generate(int lines, String customerId, String currencyCode, Instant now) {
        GeneratedInvoice invoice = new GeneratedInvoice(InvoiceNumbers.id(++lastInvoiceNumber), lines, customerId,
                currencyCode.toUpperCase(Locale.ROOT), now);
        generatedInvoices.add(invoice);
        changes.changed();
        return invoice;
    }

    /** Every invoice, newest first. */
    public synchronized List<Invoice> invoices() {
        List<Invoice> all = new ArrayList<>(closedInvoices);
        all.addAll(generatedInvoices);
        all.sort(Comparator.comparingLong(Invoice::number).reversed());
        return all;
    }

    public synchronized Optional<Invoice> invoice(String id) {
        return invoices().stream().filter(invoice -> invoice.id().equalsIgnoreCase(id)).findFirst();
    }

    public synchronized Instant periodStart() {
        return periodStart;
    }

    public synchronized BillingSnapshot snapshot() {
        return new BillingSnapshot(lastInvoiceNumber, periodStart, billedOrderIds, creditedSubscriptionIds, unorderedLines, closedInvoices,
                generatedInvoices, lastCloseInvoiceIds);
    }

    /** What a state file kept; without it (an older state file) nothing was billed, and the period starts at {@code firstStart}. */
    public synchronized void restore(Optional<BillingSnapshot> stored, Instant firstStart) {
        billedOrderIds.clear();
        creditedSubscriptionIds.clear();
        unorderedLines.clear();
        closedInvoices.clear();
        generatedInvoices.clear();
        if (stored.isEmpty()) {
            lastInvoiceNumber = 0;
            periodStart = firstStart;
            lastCloseInvoiceIds = List.of();
            return;
        }
        BillingSnapshot snapshot = stored.get();
        lastInvoiceNumber = snapshot.lastInvoiceNumber();
        periodStart = snapshot.periodStart() != null ? snapshot.periodStart() : firstStart;
        billedOrderIds.addAll(snapshot.billedOrderIds());
        creditedSubscriptionIds.addAll(snapshot.creditedSubscriptionIds());
        unorderedLines.addAll(snapshot.unorderedLines());
        closedInvoices.addAll(snapshot.closedInvoices());
        generatedInvoices.addAll(snapshot.generatedInvoices());
        lastCloseInvoiceIds = snapshot.lastCloseInvoiceIds();
    }

    /** Forgets the invoices and what they billed (a reset); invoice numbers go on from the last one given. */
    public synchronized void clear() {
        billedOrderIds.clear();
        creditedSubscriptionIds.clear();
        unorderedLines.clear();
        closedInvoices.clear();
        generatedInvoices.clear();
        lastCloseInvoiceIds = List.of();
        periodStart = clock.instant();
        changes.changed();
    }

    private ChargesOfTheOpenPeriod.Pending pending() {
        return open.pending(Set.copyOf(billedOrderIds), Set.copyOf(creditedSubscriptionIds), List.copyOf(unorderedLines), periodStart);
    }
}

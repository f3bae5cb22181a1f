package org.partnercommerce.application.service.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.access.NotAllowed;
import org.partnercommerce.application.port.in.access.NotFound;
import org.partnercommerce.application.port.in.invoice.LineItemsQuery;
import org.partnercommerce.application.port.in.invoice.Reconciliation;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.invoice.Invoice;
import org.partnercommerce.domain.invoice.InvoiceId;
import org.partnercommerce.domain.invoice.InvoiceLineItem;
import org.partnercommerce.domain.invoice.LineItemPage;
import org.partnercommerce.domain.invoice.LineItemSource;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * An invoice is reconciled as its rows are taken: Partner Center's pages are read one at a time
 * (the fake answers two lines a page), each line judged against the orders kept, then the orders of
 * the billing period no line charges, then the totals per customer and per reseller. Only the
 * partner's systems and readers reconcile; a reseller reads only its customers' lines.
 */
class AnInvoiceIsReconciledPageByPageAgainstTheOrdersKept {

    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final InvoiceId INVOICE = InvoiceId.of("G000000007");
    private static final String BB = Purchasing.BUSINESS_BASIC.toString();

    private final Purchasing purchasing = new Purchasing();
    private final Order charged = order("a00000000001", 3, START.plusSeconds(3600), Optional.empty());
    private final Order resellers = order("a00000000002", 4, START.plusSeconds(7200), Optional.of(Purchasing.RESELLER));
    private final Order notCharged = order("a00000000003", 1, Instant.parse("2026-11-30T23:00:00Z"), Optional.empty());
    private final Order nextPeriod = order("a00000000004", 1, Instant.parse("2026-12-01T00:00:00Z"), Optional.empty());

    AnInvoiceIsReconciledPageByPageAgainstTheOrdersKept() {
        purchasing.orders.save(List.of(charged, resellers, notCharged, nextPeriod));
        purchasing.invoices.add(new Invoice(INVOICE, Optional.of(Instant.parse("2026-12-01T00:00:00Z")), Optional.of(START),
                Optional.of(Instant.parse("2026-11-30T00:00:00Z")), new BigDecimal("100"), BigDecimal.ZERO, "USD", "$", Optional.empty(),
                List.of(), "invoice", "recurring"), List.of(
                line(charged.id().value(), "new", 3, Optional.empty()),
                line(resellers.id().value(), "new", 5, Optional.of(Purchasing.RESELLER.value())),
                line("ffffffffffff", "new", 2, Optional.of("517285")),
                line(charged.id().value(), "cancelImmediate", 3, Optional.empty()),
                line(charged.id().value(), "cycleCharge", 3, Optional.empty())));
    }

    @Test
    void everyLineGetsItsVerdictThenTheOrdersNotChargedThenTheTotals() {
        Reconciliation reconciliation = purchasing.reconcile.reconcile(Purchasing.PARTNER_SYSTEMS, INVOICE);
        Iterator<ReconciliationRow> rows = reconciliation.rows().iterator();
        assertThat(purchasing.invoices.pagesServed()).as("nothing read before the rows are taken").isZero();
        rows.next();
        assertThat(purchasing.invoices.pagesServed()).as("one page read for the first row").isEqualTo(1);
        List<ReconciliationRow> rest = new java.util.ArrayList<>();
        rows.forEachRemaining(rest::add);

        assertThat(purchasing.invoices.pagesServed()).isEqualTo(3);
        assertThat(rest.stream().filter(row -> row instanceof ReconciliationRow.Line).map(row -> ((ReconciliationRow.Line) row)
                .reconciled().verdict().code())).containsExactly("quantity-differs", "not-ordered-through-us", "credited", "matched");
        assertThat(rest.stream().filter(row -> row instanceof ReconciliationRow.OrderNotCharged)
                .map(row -> ((ReconciliationRow.OrderNotCharged) row).order().id())).containsExactly(notCharged.id());
        List<ReconciliationRow.Total> totals = rest.stream().filter(row -> row instanceof ReconciliationRow.Total)
                .map(row -> (ReconciliationRow.Total) row).toList();
        assertThat(totals).extracting(ReconciliationRow.Total::scope, ReconciliationRow.Total::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("customer", Purchasing.CUSTOMER.value()),
                org.assertj.core.groups.Tuple.tuple("reseller", "517285"),
                org.assertj.core.groups.Tuple.tuple("reseller", Purchasing.RESELLER.value()));
        assertThat(totals.getFirst().tally().lines()).isEqualTo(5);
        assertThat(totals.getFirst().tally().ordersNotCharged()).isEqualTo(1);
        assertThat(totals.getFirst().tally().matched()).as("the new line and the cycle charge").isEqualByComparingTo("60");
    }

    @Test
    void theOrdersOfThePeriodAreReadPageByPageEachNotChargedListedOnce() {
        List<Order> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            many.add(order("b%011d".formatted(i), 1, START.plusSeconds(60 + i / 3), Optional.empty()));
        }
        purchasing.orders.save(many);

        List<OrderId> listed = purchasing.reconcile.reconcile(Purchasing.PARTNER_SYSTEMS, INVOICE).rows()
                .filter(row -> row instanceof ReconciliationRow.OrderNotCharged)
                .map(row -> ((ReconciliationRow.OrderNotCharged) row).order().id()).toList();

        assertThat(listed).hasSize(1_101).doesNotHaveDuplicates().contains(notCharged.id()).doesNotContain(charged.id(), nextPeriod.id());
    }

    @Test
    void aResellerReconcilesNothingAndReadsOnlyItsOwnLines() {
        Caller reseller = Caller.reseller("reseller-app", Purchasing.RESELLER);
        assertThatThrownBy(() -> purchasing.reconcile.reconcile(reseller, INVOICE)).isInstanceOf(NotAllowed.class);
        assertThatThrownBy(() -> purchasing.readInvoices.get(reseller, INVOICE)).isInstanceOf(NotAllowed.class);
        LineItemPage first = purchasing.invoiceLineItems.billed(new LineItemsQuery(reseller, INVOICE, LineItemSource.ONE_TIME_BILLING,
                Optional.empty(), 2000));
        assertThat(first.items()).extracting(line -> line.resellerMpnId().orElse("")).containsExactly("", Purchasing.RESELLER.value());
        LineItemPage second = purchasing.invoiceLineItems.billed(new LineItemsQuery(reseller, INVOICE, LineItemSource.ONE_TIME_BILLING,
                first.continuationToken(), 2000));
        assertThat(second.items()).as("the other reseller's line is left out, the page keeps its token").hasSize(1);
        assertThat(second.continuationToken()).isPresent();
    }

    @Test
    void anUnknownInvoiceIsNotFound() {
        assertThatThrownBy(() -> purchasing.reconcile.reconcile(Purchasing.PARTNER_SYSTEMS, InvoiceId.of("G999"))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> purchasing.invoiceLineItems.billed(new LineItemsQuery(Caller.reader("reader"), InvoiceId.of("G999"),
                LineItemSource.ONE_TIME_BILLING, Optional.empty(), 10))).isInstanceOf(NotFound.class);
    }

    private static Order order(String id, int quantity, Instant created, Optional<PartnerId> reseller) {
        OrderLineItem line = OrderLineItem.of(0, Purchasing.BUSINESS_BASIC, quantity);
        return new Order(OrderId.of(id), Purchasing.CUSTOMER, BillingCycle.MONTHLY, Optional.of(CurrencyCode.of("USD")),
                List.of(reseller.map(partner -> line.withPartnersOnRecord(partner, List.of())).orElse(line)), OrderStatus.COMPLETED,
                created);
    }

    private static InvoiceLineItem line(String orderId, String chargeType, int quantity, Optional<String> reseller) {
        String[] item = BB.split(":");
        BigDecimal price = BigDecimal.TEN;
        BigDecimal total = price.multiply(BigDecimal.valueOf(quantity)).multiply(chargeType.startsWith("cancel")
                ? BigDecimal.ONE.negate() : BigDecimal.ONE);
        return new InvoiceLineItem(INVOICE.value(), "1234567", Purchasing.CUSTOMER.value(), "Wingtip Toys", "", "US", "1234567", reseller,
                Optional.of(orderId), Optional.empty(), item[0], item[1], item[2], "", "", chargeType, price, price, "Licenses",
                quantity, total, BigDecimal.ZERO, total, "USD", "", "", "", Optional.empty(), Optional.empty(), Optional.empty(), "", "",
                "", "USD", BigDecimal.ONE, quantity, "", Optional.empty(), "billinglineitems", "onetime");
    }
}

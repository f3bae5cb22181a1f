package org.partnercommerce.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.testing.contract.ContractExamples.NOW;
import static org.partnercommerce.testing.contract.ContractExamples.aCustomer;
import static org.partnercommerce.testing.contract.ContractExamples.anOrderId;
import static org.partnercommerce.testing.contract.ContractExamples.order;
import static org.partnercommerce.testing.contract.ContractExamples.plainOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.cap.CapHolder;
import org.partnercommerce.domain.cap.PurchaseCaps;
import org.partnercommerce.domain.cap.PurchaseVolume;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.BillingType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderCursor;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderPage;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * What every {@link Orders} keeps: orders upserted by id with every field Partner Center gave,
 * each found by its own customer only, and a customer's orders — all of them or those of one
 * billing type — paged newest first — by creation date, ties broken by id, both descending —
 * each order on exactly one page, whether a method runs in the caller's unit of work or in its own;
 * and what a customer, or a reseller with its own token, bought since a date, for purchase caps.
 */
public abstract class OrdersContract {

    /** Newest first: creation date, then id, both descending. */
    protected static final Comparator<Order> NEWEST_FIRST = Comparator.comparing(Order::creationDate)
            .thenComparing(order -> order.id().value()).reversed();

    protected abstract Orders orders();

    protected abstract Transactions transactions();

    @Test
    public void anOrderIsFoundAsSaved() {
        Order order = order(aCustomer(), anOrderId(), NOW);
        Order legacy = plainOrder(order.referenceCustomerId(), anOrderId(), NOW.minusSeconds(1));

        orders().save(List.of(order, legacy));

        assertThat(orders().find(order.referenceCustomerId(), order.id())).contains(order);
        assertThat(orders().find(legacy.referenceCustomerId(), legacy.id())).contains(legacy);
    }

    @Test
    public void anOrderIsFoundOnlyForItsOwnCustomer() {
        Order order = order(aCustomer(), anOrderId(), NOW);
        orders().save(List.of(order));

        assertThat(orders().find(aCustomer(), order.id())).isEmpty();
        assertThat(orders().find(order.referenceCustomerId(), anOrderId())).isEmpty();
    }

    @Test
    public void manyOrdersAreFoundAtOnceEachOnlyForItsOwnCustomer() {
        CustomerId customer = aCustomer();
        Order first = order(customer, anOrderId(), NOW);
        Order legacy = plainOrder(customer, anOrderId(), NOW.minusSeconds(1));
        Order someoneElses = order(aCustomer(), anOrderId(), NOW);
        orders().save(List.of(first, legacy, someoneElses));
        List<OrderId> asked = new ArrayList<>();
        for (int unknown = 0; unknown < 1200; unknown++) {
            asked.add(anOrderId());
        }
        asked.addAll(List.of(someoneElses.id(), first.id(), legacy.id(), first.id()));

        assertThat(orders().findAll(customer, asked)).containsExactlyInAnyOrder(first, legacy);
        assertThat(orders().findAll(customer, List.of())).isEmpty();
    }

    @Test
    public void savingAnOrderAgainRefreshesIt() {
        Order placed = order(aCustomer(), anOrderId(), NOW);
        orders().save(List.of(placed));

        Order provisioned = new Order(placed.id(), placed.referenceCustomerId(), placed.billingCycle(), placed.currency(),
                placed.lineItems().stream()
                        .map(line -> line.withSubscriptionId(SubscriptionId.of(UUID.randomUUID().toString())))
                        .toList(),
                OrderStatus.COMPLETED, placed.creationDate());
        Order other = order(placed.referenceCustomerId(), anOrderId(), NOW.minusSeconds(5));
        inTransaction(() -> orders().save(List.of(provisioned, other)));

        assertThat(orders().find(placed.referenceCustomerId(), placed.id())).contains(provisioned);
        assertThat(orders().page(placed.referenceCustomerId(), Optional.empty(), 10).orders())
                .containsExactly(provisioned, other);
    }

    @Test
    public void aRefreshMayChangeTheLines() {
        Order placed = order(aCustomer(), anOrderId(), NOW);
        orders().save(List.of(placed));
        Order fewer = new Order(placed.id(), placed.referenceCustomerId(), placed.billingCycle(), placed.currency(),
                List.of(OrderLineItem.of(0, ContractExamples.BUSINESS_BASIC_ITEM, 9)), placed.status(), placed.creationDate());

        orders().save(List.of(fewer));
        assertThat(orders().find(placed.referenceCustomerId(), placed.id())).contains(fewer);

        orders().save(List.of(placed));
        assertThat(orders().find(placed.referenceCustomerId(), placed.id())).contains(placed);
    }

    @Test
    public void pagesRunNewestFirstEachOrderOnExactlyOnePage() {
        CustomerId customer = aCustomer();
        List<Order> saved = new ArrayList<>();
        for (int second = 0; second < 6; second++) {
            for (int sameMoment = 0; sameMoment < 4; sameMoment++) {
                saved.add(plainOrder(customer, anOrderId(), NOW.minusSeconds(second * 60L)));
            }
        }
        saved.add(plainOrder(customer, anOrderId(), NOW.plusNanos(1000)));
        orders().save(saved);
        orders().save(List.of(plainOrder(aCustomer(), anOrderId(), NOW), plainOrder(aCustomer(), anOrderId(), NOW.minusSeconds(60))));

        for (int size : new int[] {1, 3, 4, 5, 25, 100}) {
            List<OrderPage> pages = allPages(customer, size);

            assertThat(pages.stream().flatMap(page -> page.orders().stream()).toList()).as("pages of %d", size)
                    .containsExactlyElementsOf(saved.stream().sorted(NEWEST_FIRST).toList());
            assertThat(pages).allSatisfy(page -> assertThat(page.orders()).hasSizeLessThanOrEqualTo(size));
            assertThat(pages.getLast().next()).isEmpty();
        }
    }

    @Test
    public void pagesByBillingTypeHoldOnlyTheOrdersBilledSoNewestFirstEachOnExactlyOnePage() {
        CustomerId customer = aCustomer();
        List<Order> oneTime = new ArrayList<>();
        List<Order> others = new ArrayList<>();
        for (int second = 0; second < 5; second++) {
            oneTime.add(billed(plainOrder(customer, anOrderId(), NOW.minusSeconds(second)), BillingCycle.ONE_TIME));
            oneTime.add(billed(plainOrder(customer, anOrderId(), NOW.minusSeconds(second)), BillingCycle.ONE_TIME));
            others.add(plainOrder(customer, anOrderId(), NOW.minusSeconds(second)));
            others.add(order(customer, anOrderId(), NOW.minusSeconds(second)));
        }
        orders().save(oneTime);
        orders().save(others);
        orders().save(List.of(billed(plainOrder(aCustomer(), anOrderId(), NOW), BillingCycle.ONE_TIME)));
        Optional<BillingType> billedOnce = Optional.of(BillingType.of(BillingCycle.ONE_TIME));

        for (int size : new int[] {1, 3, 10, 11}) {
            List<Order> paged = new ArrayList<>();
            Optional<OrderCursor> after = Optional.empty();
            do {
                OrderPage page = orders().page(customer, billedOnce, after, size);
                assertThat(page.orders()).hasSizeLessThanOrEqualTo(size);
                paged.addAll(page.orders());
                after = page.next();
                assertThat(paged).as("pages of %d end", size).hasSizeLessThan(200);
            } while (after.isPresent());

            assertThat(paged).as("pages of %d", size).containsExactlyElementsOf(oneTime.stream().sorted(NEWEST_FIRST).toList());
        }
        assertThat(orders().page(customer, Optional.of(BillingType.of(BillingCycle.ANNUAL)), Optional.empty(), 100).orders())
                .containsExactlyElementsOf(others.stream().filter(order -> order.billingCycle() == BillingCycle.ANNUAL)
                        .sorted(NEWEST_FIRST).toList());
        assertThat(orders().page(customer, Optional.of(BillingType.of(BillingCycle.TRIENNIAL)), Optional.empty(), 100).orders())
                .isEmpty();
    }

    @Test
    public void aCursorNamesTheLastOrderOfItsPage() {
        CustomerId customer = aCustomer();
        List<Order> saved = List.of(plainOrder(customer, OrderId.of("aaaaaaaaaaa3"), NOW),
                plainOrder(customer, OrderId.of("aaaaaaaaaaa2"), NOW), plainOrder(customer, OrderId.of("aaaaaaaaaaa1"), NOW));
        orders().save(saved);

        OrderPage first = orders().page(customer, Optional.empty(), 2);

        assertThat(first.orders()).containsExactly(saved.get(0), saved.get(1));
        assertThat(first.next()).contains(new OrderCursor(NOW, OrderId.of("aaaaaaaaaaa2")));
    }

    @Test
    public void aPageEndsTheListOnlyWhenNoOrderIsLeft() {
        CustomerId customer = aCustomer();
        orders().save(List.of(plainOrder(customer, anOrderId(), NOW), plainOrder(customer, anOrderId(), NOW.minusSeconds(1))));

        assertThat(orders().page(customer, Optional.empty(), 2).next()).isEmpty();
        assertThat(orders().page(customer, Optional.empty(), 1).next()).isPresent();
    }

    @Test
    public void aPageAfterACursorHoldsOnlyOlderOrders() {
        CustomerId customer = aCustomer();
        Order newer = plainOrder(customer, OrderId.of("bbbbbbbbbbb5"), NOW.plusSeconds(1));
        Order tieAbove = plainOrder(customer, OrderId.of("bbbbbbbbbbb3"), NOW);
        Order tieBelow = plainOrder(customer, OrderId.of("bbbbbbbbbbb1"), NOW);
        Order older = plainOrder(customer, OrderId.of("bbbbbbbbbbb9"), NOW.minusNanos(1000));
        orders().save(List.of(newer, tieAbove, tieBelow, older));

        OrderPage page = orders().page(customer, Optional.of(new OrderCursor(NOW, OrderId.of("bbbbbbbbbbb2"))), 10);

        assertThat(page.orders()).containsExactly(tieBelow, older);
        assertThat(page.next()).isEmpty();
    }

    @Test
    public void aCustomerWithoutOrdersHasOneEmptyPage() {
        OrderPage page = inTransaction(() -> orders().page(aCustomer(), Optional.empty(), 10));

        assertThat(page.orders()).isEmpty();
        assertThat(page.next()).isEmpty();
    }

    @Test
    public void eachMethodRunsInTheCallersUnitOfWorkToo() {
        Order order = order(aCustomer(), anOrderId(), NOW);

        Optional<Order> found = inTransaction(() -> {
            orders().save(List.of(order));
            return orders().find(order.referenceCustomerId(), order.id());
        });
        OrderPage page = inTransaction(() -> orders().page(order.referenceCustomerId(), Optional.empty(), 1));
        List<Order> many = inTransaction(() -> orders().findAll(order.referenceCustomerId(), List.of(order.id())));

        assertThat(found).contains(order);
        assertThat(page.orders()).containsExactly(order);
        assertThat(many).containsExactly(order);
    }

    private static Order billed(Order order, BillingCycle cycle) {
        return new Order(order.id(), order.referenceCustomerId(), cycle, order.currency(), order.lineItems(), order.status(),
                order.creationDate());
    }

    private List<OrderPage> allPages(CustomerId customer, int size) {
        List<OrderPage> pages = new ArrayList<>();
        Optional<OrderCursor> after = Optional.empty();
        do {
            OrderPage page = orders().page(customer, after, size);
            pages.add(page);
            after = page.next();
            assertThat(pages).as("pages of %d end", size).hasSizeLessThan(200);
        } while (after.isPresent());
        return pages;
    }

    private void inTransaction(Runnable work) {

        transactions().inTransaction(work);

    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions().inTransaction(work);
    }

    @Test
    public void theOrdersOfAPeriodAreEveryCustomersCreatedInItOldestFirst() {
        Instant start = Instant.parse("1990-01-01T00:00:00Z").plusSeconds(java.util.concurrent.ThreadLocalRandom.current()
                .nextLong(0, 300_000_000L));
        Order before = plainOrder(aCustomer(), anOrderId(), start.minusMillis(1));
        Order first = plainOrder(aCustomer(), anOrderId(), start);
        Order second = plainOrder(aCustomer(), anOrderId(), start.plusSeconds(30));
        Order after = plainOrder(aCustomer(), anOrderId(), start.plusSeconds(60));
        orders().save(List.of(after, second, before, first));

        Order sameMoment = plainOrder(aCustomer(), anOrderId(), start.plusSeconds(30));
        orders().save(List.of(sameMoment));
        Order[] bothAt30 = second.id().value().compareTo(sameMoment.id().value()) < 0
                ? new Order[] {second, sameMoment} : new Order[] {sameMoment, second};

        assertThat(orders().createdBetween(start, start.plusSeconds(60), Optional.empty(), 10))
                .containsExactly(first, bothAt30[0], bothAt30[1]);
        List<Order> firstPage = orders().createdBetween(start, start.plusSeconds(60), Optional.empty(), 2);
        assertThat(firstPage).containsExactly(first, bothAt30[0]);
        Order last = firstPage.getLast();
        assertThat(orders().createdBetween(start, start.plusSeconds(60), Optional.of(new OrderCursor(last.creationDate(), last.id())), 2))
                .as("the page after the cursor, the tie on the creation date broken by id").containsExactly(bothAt30[1]);
        assertThat(orders().createdBetween(start.plusSeconds(61), start.plusSeconds(62), Optional.empty(), 10)).isEmpty();
    }

    @Test
    public void aCustomersPurchasesSinceADateAddUpItsSeatsAndItsSpendPerCurrency() {
        CustomerId customer = aCustomer();
        orders().save(List.of(
                bought(customer, NOW.minus(PurchaseCaps.DAY), 3, Money.of("30.5", "USD")),
                bought(customer, NOW.minusSeconds(60), 2, Money.of("20", "USD")),
                bought(customer, NOW.minusSeconds(30), 4, Money.of("40", "EUR")),
                plainOrder(customer, anOrderId(), NOW.minusSeconds(10)),
                bought(customer, NOW.minus(PurchaseCaps.DAY).minusMillis(1), 100, Money.of("1000", "USD")),
                bought(aCustomer(), NOW, 50, Money.of("500", "USD"))));

        PurchaseVolume volume = orders().purchasedSince(new CapHolder.Customer(customer), NOW.minus(PurchaseCaps.DAY));

        int plainSeats = plainOrder(customer, anOrderId(), NOW).totalQuantity();
        assertThat(volume).isEqualTo(PurchaseVolume.of(3 + 2 + 4 + plainSeats,
                List.of(Money.of("50.5", "USD"), Money.of("40", "EUR"))));
    }

    @Test
    public void aResellersPurchasesAreTheOrdersItBoughtItselfAndALaterSaveNamingNobodyKeepsThemItsOwn() {
        PartnerId reseller = aPartnerId();
        CustomerId customer = aCustomer();
        Order itsOwn = bought(customer, NOW.minusSeconds(60), 5, Money.of("50", "USD"));
        Order thePartners = bought(customer, NOW.minusSeconds(30), 7, Money.of("70", "USD"));
        orders().save(List.of(itsOwn), Optional.of(reseller));
        orders().save(List.of(thePartners));
        orders().save(List.of(itsOwn));

        assertThat(orders().purchasedSince(new CapHolder.Reseller(reseller), NOW.minus(PurchaseCaps.DAY)))
                .isEqualTo(PurchaseVolume.of(5, List.of(Money.of("50", "USD"))));
        assertThat(orders().purchasedSince(new CapHolder.Reseller(aPartnerId()), NOW.minus(PurchaseCaps.DAY)))
                .isEqualTo(PurchaseVolume.NONE);
    }

    private static PartnerId aPartnerId() {
        return PartnerId.of(Long.toString(1_000_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 8_999_999_999L)));
    }

    /** An order of one line of this many seats at this extended price. */
    private static Order bought(CustomerId customer, Instant creationDate, int seats, Money extendedPrice) {
        Money each = Money.of("10", extendedPrice.currency().value());
        OrderLineItem line = OrderLineItem.of(0, CatalogItemId.parse("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P"), seats)
                .withPricing(new Pricing(each, each, each, each, extendedPrice));
        return new Order(anOrderId(), customer, BillingCycle.MONTHLY, Optional.of(extendedPrice.currency()), List.of(line),
                OrderStatus.PENDING, creationDate);
    }
}

package org.partnercommerce.emulator.billing;

import org.partnercommerce.emulator.catalog.BillingCycle;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.Product;
import org.partnercommerce.emulator.catalog.Sku;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.order.Order;
import org.partnercommerce.emulator.order.OrderLine;
import org.partnercommerce.emulator.order.Orders;
import org.partnercommerce.emulator.subscription.Cancellation;
import org.partnercommerce.emulator.subscription.Cancellations;
import org.partnercommerce.emulator.subscription.Subscription;
import org.partnercommerce.emulator.subscription.Subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the close of the open billing period would bill, in this order:
 * <ol>
 *     <li>{@code new}: every line of every order not billed yet (placed in this period), oldest order first —
 *     but a free trial's ({@code billingCycle} {@code none}): Partner Center invoices no trial;</li>
 *     <li>{@code cycleCharge}: every monthly-billed, licence-billed subscription whose order was billed by an
 *     earlier close and that is not cancelled;</li>
 *     <li>{@code cancelImmediate}: a credit of the last cycle charge of every subscription cancelled since;</li>
 *     <li>{@code new}: the unordered lines added since.</li>
 * </ol>
 */
public final class ChargesOfTheOpenPeriod {

    /** The charges, and what billing them marks as billed. */
    public record Pending(List<Charge> charges, Set<String> billedOrderIds, Set<String> creditedSubscriptionIds) {
    }

    private final Orders orders;
    private final Subscriptions subscriptions;
    private final Cancellations cancellations;
    private final Customers customers;
    private final Catalog catalog;
    private final OrderLineCharges lineCharges;

    public ChargesOfTheOpenPeriod(Orders orders, Subscriptions subscriptions, Cancellations cancellations, Customers customers,
                                  Catalog catalog, OrderLineCharges lineCharges) {
        this.orders = orders;
        this.subscriptions = subscriptions;
        this.cancellations = cancellations;
        this.customers = customers;
        this.catalog = catalog;
        this.lineCharges = lineCharges;
    }

    /**
     * @param billedOrders     the orders earlier closes billed (lower case)
     * @param credited         the cancelled subscriptions earlier closes credited (lower case)
     * @param periodStart      when the open period started
     */
    public Pending pending(Set<String> billedOrders, Set<String> credited, List<UnorderedLine> unordered, Instant periodStart) {
        List<Charge> charges = new ArrayList<>();
        Set<String> newlyBilled = new LinkedHashSet<>();
        for (Order order : orders.all()) {
            if (!billedOrders.contains(key(order.id()))) {
                newlyBilled.add(key(order.id()));
                if (order.billingCycle() != BillingCycle.NONE) {
                    order.lineItems().forEach(line -> charges.add(lineCharges.first(order, line)));
                }
            }
        }
        for (Customer customer : customers.all()) {
            for (Subscription subscription : subscriptions.ofCustomer(customer.id())) {
                if (billedOrders.contains(key(subscription.order().id())) && OrderLineCharges.billedMonthly(subscription.order())
                        && !subscription.usageBased() && !subscription.cancelled()) {
                    charges.add(lineCharges.cycle(subscription.order(), subscription.line(), periodStart));
                }
            }
        }
        Set<String> newlyCredited = new LinkedHashSet<>();
        for (Cancellation cancellation : cancellations.all()) {
            if (!credited.contains(key(cancellation.subscriptionId()))) {
                line(cancellation).ifPresent(cancelled -> {
                    newlyCredited.add(key(cancellation.subscriptionId()));
                    charges.add(lineCharges.credit(cancelled.order(), cancelled.line(), cancellation.cancelledAt()));
                });
            }
        }
        unordered.forEach(line -> charges.add(charge(line)));
        return new Pending(List.copyOf(charges), newlyBilled, newlyCredited);
    }

    private record OrderedLine(Order order, OrderLine line) {
    }

    private Optional<OrderedLine> line(Cancellation cancellation) {
        return orders.ofCustomer(cancellation.customerId()).stream()
                .flatMap(order -> order.lineItems().stream().map(line -> new OrderedLine(order, line)))
                .filter(ordered -> cancellation.subscriptionId().equalsIgnoreCase(ordered.line().subscriptionId()))
                .findFirst();
    }

    private Charge charge(UnorderedLine line) {
        Optional<Product> product = catalog.allProducts().stream().filter(candidate -> candidate.id().equalsIgnoreCase(line.productId()))
                .findFirst();
        Optional<Sku> sku = product.flatMap(found -> found.skus().stream().filter(candidate -> candidate.id().equalsIgnoreCase(line.skuId()))
                .findFirst());
        String skuName = sku.map(Sku::title).orElse(line.skuId());
        String availabilityId = sku.flatMap(found -> found.availabilities().stream().findFirst()).map(availability -> availability.id())
                .orElse("");
        String publisher = product.map(Product::publisherName).orElse(OrderLineCharges.MICROSOFT);
        Instant start = OrderLineCharges.day(line.addedAt());
        Instant end = OrderLineCharges.day(line.addedAt().atZone(ZoneOffset.UTC).toLocalDate().plusMonths(1).minusDays(1));
        return new Charge(line.customerId(), line.orderId(), line.addedAt(), line.productId(), line.skuId(), availabilityId,
                product.map(Product::title).orElse(line.productId()), skuName, Charge.NEW, line.unitPrice(), "Licenses", line.quantity(),
                line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())), line.currencyCode(), publisher,
                OrderLineCharges.publisherId(publisher), skuName, line.subscriptionId(), start, end, "1 Month Subscription, Monthly",
                line.orderId(), "", "", null);
    }

    static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}

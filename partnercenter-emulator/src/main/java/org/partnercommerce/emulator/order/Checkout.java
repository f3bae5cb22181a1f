package org.partnercommerce.emulator.order;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.cart.Cart;
import org.partnercommerce.emulator.cart.CartLine;
import org.partnercommerce.emulator.cart.Carts;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.Market;
import org.partnercommerce.emulator.catalog.MarketCatalog;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.fault.Fault;
import org.partnercommerce.emulator.fault.Faults;
import org.partnercommerce.emulator.security.Caller;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a cart out (reference §1.5, §3.1), holding the cart's lock so that a second checkout of
 * the same cart meanwhile gets 409/800064:
 * <ul>
 *     <li>an {@code Ordered} cart answers the result of its checkout again, placing nothing;</li>
 *     <li>an expired cart is refused (400/800002);</li>
 *     <li>otherwise every order group not yet ordered is attempted: a group with line errors is an
 *     {@code orderErrors} entry (code 800009), so is one an armed {@code order-group-failure}
 *     hits (its code), every other group becomes one order. The orders are placed and journalled,
 *     and the cart keeps the result — every order it made, the errors of the groups that failed —
 *     all in one change: {@code Ordered} when no group failed, {@code Active} otherwise, for a
 *     checkout again ("the checkout call can be made again to re-attempt it"), which attempts only
 *     the failed groups and never orders a group twice;</li>
 *     <li>when no group can be ordered because of line errors alone, nothing is placed, the cart
 *     stays as it was and the answer is 400/800009.</li>
 * </ul>
 */
public final class Checkout {

    private final Carts carts;
    private final Orders orders;
    private final NewOrders newOrders;
    private final PurchaseJournal journal;
    private final Catalog catalog;
    private final WhatALineBecomes becomes;
    private final Faults faults;
    private final Clock clock;
    private final Duration processingTime;

    public Checkout(Carts carts, Orders orders, NewOrders newOrders, PurchaseJournal journal, Catalog catalog, Faults faults,
                    Clock clock, Duration processingTime) {
        this.carts = carts;
        this.orders = orders;
        this.newOrders = newOrders;
        this.journal = journal;
        this.catalog = catalog;
        this.becomes = new WhatALineBecomes(catalog);
        this.faults = faults;
        this.clock = clock;
        this.processingTime = processingTime;
    }

    /** The CartCheckoutResult, as first answered. */
    public JsonNode checkout(Customer customer, String cartId, String requestId, Caller caller) {
        return carts.exclusively(customer.id(), cartId, cart -> {
            if (cart.isOrdered()) {
                return cart.checkoutResult();
            }
            if (cart.expiredAt(clock.instant())) {
                throw PartnerCenterFault.cartExpired(cart.id(), cart.expirationTimestamp().toString());
            }
            pause();
            return place(customer, cart, requestId, caller);
        });
    }

    private JsonNode place(Customer customer, Cart cart, String requestId, Caller caller) {
        Instant now = clock.instant();
        Market market = catalog.market(customer.country()).orElseThrow(() -> PartnerCenterFault.notOnboardedInCountry(customer.country()));
        MarketCatalog view = catalog.in(market);
        Map<String, List<CartLine>> groups = cart.lineItems().stream()
                .collect(Collectors.groupingBy(CartLine::orderGroup, LinkedHashMap::new, Collectors.toList()));
        Map<String, Order> orderedBefore = orders.ofCart(customer.id(), cart.id());
        String path = "/v1/customers/" + customer.id() + "/carts/" + cart.id() + "/checkout";
        List<Order> all = new ArrayList<>();
        List<Order> placed = new ArrayList<>();
        List<OrderError> lineErrors = new ArrayList<>();
        List<OrderError> failures = new ArrayList<>();
        groups.forEach((group, lines) -> {
            List<CartLine> failed = lines.stream().filter(CartLine::hasError).toList();
            if (orderedBefore.containsKey(group)) {
                all.add(orderedBefore.get(group));
                return;
            }
            if (!failed.isEmpty()) {
                lineErrors.add(new OrderError(group, 800009, "Error in Cart item(s): " + failed.stream()
                        .map(line -> "line " + line.id() + " (" + line.catalogItemId() + "): " + line.error().errorCode() + " "
                                + line.error().errorDescription())
                        .collect(Collectors.joining("; "))));
                return;
            }
            Optional<Fault> failure = faults.failingOrderOf(path, lines.stream().map(CartLine::catalogItemId).toList());
            if (failure.isPresent()) {
                failures.add(new OrderError(group, failure.get().orderErrorCode(), failure.get().orderErrorDescription(group)));
                return;
            }
            Order order = newOrders.fromCartGroup(customer.id(), view, cart.id(), group, lines, requestId, now);
            placed.add(order);
            all.add(order);
        });
        if (all.isEmpty() && failures.isEmpty()) {
            throw PartnerCenterFault.errorInCartItems(lineErrors.stream().map(OrderError::description).collect(Collectors.joining(" ")));
        }
        orders.addAll(placed);
        journal.record(placed);
        List<OrderError> errors = new ArrayList<>(lineErrors);
        errors.addAll(failures);
        JsonNode result = Json.mapper().valueToTree(CheckoutResultDto.of(
                all.stream().map(order -> OrderDto.of(order, now, becomes)).toList(), errors));
        carts.save(cart.checkedOut(now, caller.modifiedBy(), result, errors.isEmpty()));
        return result;
    }

    /** Partner Center takes its time; a configured processing time makes the window for a concurrent checkout real. */
    private void pause() {
        if (processingTime.isZero() || processingTime.isNegative()) {
            return;
        }
        try {
            Thread.sleep(processingTime);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking out", interrupted);
        }
    }
}

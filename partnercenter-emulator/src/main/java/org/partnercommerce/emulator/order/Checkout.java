package org.partnercommerce.emulator.order;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.cart.Cart;
import org.partnercommerce.emulator.cart.CartLine;
import org.partnercommerce.emulator.cart.Carts;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.Market;
import org.partnercommerce.emulator.catalog.MarketCatalog;
import org.partnercommerce.emulator.customer.Customer;
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
import java.util.stream.Collectors;

/**
 * Checks a cart out (reference §1.5, §3.1), holding the cart's lock so that a second checkout of
 * the same cart meanwhile gets 409/800064:
 * <ul>
 *     <li>an {@code Ordered} cart answers the result of its checkout again, placing nothing;</li>
 *     <li>an expired cart is refused (400/800002);</li>
 *     <li>otherwise every order group without line errors becomes one order, and every group with
 *     errors an {@code orderErrors} entry (code 800009); the orders are placed, journalled and the
 *     cart becomes {@code Ordered} with the result, all in one change;</li>
 *     <li>when no group can be ordered, nothing is placed, the cart stays {@code Active} and the
 *     answer is 400/800009.</li>
 * </ul>
 */
public final class Checkout {

    private final Carts carts;
    private final Orders orders;
    private final NewOrders newOrders;
    private final PurchaseJournal journal;
    private final Catalog catalog;
    private final Clock clock;
    private final Duration processingTime;

    public Checkout(Carts carts, Orders orders, NewOrders newOrders, PurchaseJournal journal, Catalog catalog, Clock clock,
                    Duration processingTime) {
        this.carts = carts;
        this.orders = orders;
        this.newOrders = newOrders;
        this.journal = journal;
        this.catalog = catalog;
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
        List<Order> placed = new ArrayList<>();
        List<OrderError> errors = new ArrayList<>();
        groups.forEach((group, lines) -> {
            List<CartLine> failed = lines.stream().filter(CartLine::hasError).toList();
            if (failed.isEmpty()) {
                placed.add(newOrders.fromCartGroup(customer.id(), view, cart.id(), group, lines, requestId, now));
            } else {
                errors.add(new OrderError(group, 800009, "Error in Cart item(s): " + failed.stream()
                        .map(line -> "line " + line.id() + " (" + line.catalogItemId() + "): " + line.error().errorCode() + " "
                                + line.error().errorDescription())
                        .collect(Collectors.joining("; "))));
            }
        });
        if (placed.isEmpty()) {
            throw PartnerCenterFault.errorInCartItems(errors.stream().map(OrderError::description).collect(Collectors.joining(" ")));
        }
        orders.addAll(placed);
        journal.record(placed);
        JsonNode result = Json.mapper().valueToTree(CheckoutResultDto.of(placed.stream().map(order -> OrderDto.of(order, now)).toList(), errors));
        carts.save(cart.ordered(now, caller.modifiedBy(), result));
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

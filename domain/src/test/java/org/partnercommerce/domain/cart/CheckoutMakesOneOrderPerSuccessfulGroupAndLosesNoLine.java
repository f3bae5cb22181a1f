package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.Purchases.CUSTOMER;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;

/**
 * Property, over seeded random carts and random group outcomes: exactly one order per
 * group that succeeded, one error per group that failed, and every line of a successful
 * group in exactly one order, once, with its item, term and quantity.
 */
class CheckoutMakesOneOrderPerSuccessfulGroupAndLosesNoLine {

    @Test
    void for_any_cart_and_any_outcome_of_its_groups() {
        Random random = new Random(42L);
        for (int run = 0; run < 400; run++) {
            Cart cart = cartOf(RandomCarts.lines(random, 1 + random.nextInt(20)));
            Map<OrderGroup, Boolean> succeeds = new HashMap<>();
            cart.orderGroups().forEach(group -> succeeds.put(group.group(), random.nextBoolean()));
            Function<OrderGroupLines, GroupOutcome> outcomes = group -> succeeds.get(group.group())
                    ? new GroupOutcome.Ordered(OrderId.of("order-" + group.group()), OrderStatus.PENDING, NOW)
                    : new GroupOutcome.Failed(800087, "no");

            CheckoutResult result = GroupCheckout.resultFor(cart, outcomes);

            Set<OrderGroup> successful = succeeds.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(result.orders()).as("run %d", run).hasSize(successful.size());
            assertThat(result.orderErrors()).extracting(OrderError::orderGroupId)
                    .containsExactlyInAnyOrderElementsOf(succeeds.keySet().stream().filter(group -> !succeeds.get(group)).toList());
            assertThat(orderedLines(result)).as("run %d", run).containsExactlyInAnyOrderElementsOf(cart.lineItems().stream()
                    .filter(item -> successful.contains(item.orderGroup()))
                    .map(item -> new Bought(item.line().catalogItemId().value(), item.line().termDuration().map(Object::toString),
                            item.line().quantity().value()))
                    .toList());
            for (Order order : result.orders()) {
                assertThat(order.lineItems()).extracting(OrderLineItem::lineItemNumber)
                        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, order.lineItems().size()).boxed().toList());
            }
        }
    }

    private record Bought(String offerId, Optional<String> term, int quantity) {
    }

    private static List<Bought> orderedLines(CheckoutResult result) {
        List<Bought> bought = new ArrayList<>();
        for (Order order : result.orders()) {
            for (OrderLineItem line : order.lineItems()) {
                bought.add(new Bought(line.offerId().value(), line.termDuration().map(Object::toString), line.quantity()));
            }
        }
        return bought;
    }

    private static Cart cartOf(List<CartLine> lines) {
        List<OrderGroup> groups = OrderGrouping.assign(lines);
        List<CartLineItem> items = new ArrayList<>();
        for (int id = 0; id < lines.size(); id++) {
            items.add(new CartLineItem(id, lines.get(id), groups.get(id), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return Cart.restore(CartFixtures.CART_ID, CUSTOMER, items, true, NOW, NOW, Optional.empty(), NOW.plus(Cart.LIFETIME),
                CheckoutState.notStarted(), 0);
    }
}

package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.order.OrderGroup;

/**
 * Property, over seeded random carts: two lines share a group exactly when they share their
 * purchase system (modern or legacy) and billing cycle; changing anything else about the
 * lines (item, term, quantity, participants) changes no group.
 */
class TheOrderGroupIsAFunctionOfPlatformAndBillingCycleOnly {

    @Test
    void lines_share_a_group_exactly_when_they_share_system_and_billing_cycle() {
        Random random = new Random(7L);
        for (int run = 0; run < 300; run++) {
            List<CartLine> lines = RandomCarts.lines(random, 1 + random.nextInt(20));
            List<OrderGroup> groups = OrderGrouping.assign(lines);
            for (int i = 0; i < lines.size(); i++) {
                for (int j = 0; j < lines.size(); j++) {
                    boolean sameKey = legacy(lines.get(i)) == legacy(lines.get(j))
                            && lines.get(i).billingCycle() == lines.get(j).billingCycle();
                    assertThat(groups.get(i).equals(groups.get(j))).as("run %d, lines %d and %d", run, i, j).isEqualTo(sameKey);
                }
            }
        }
    }

    @Test
    void everything_but_system_and_billing_cycle_can_change_without_changing_a_group() {
        Random random = new Random(11L);
        for (int run = 0; run < 300; run++) {
            List<CartLine> lines = RandomCarts.lines(random, 1 + random.nextInt(20));
            List<CartLine> changed = new ArrayList<>();
            for (CartLine line : lines) {
                changed.add(RandomCarts.anotherLineLike(random, line));
            }

            assertThat(OrderGrouping.assign(changed)).as("run %d", run).isEqualTo(OrderGrouping.assign(lines));
        }
    }

    private static boolean legacy(CartLine line) {
        return line.catalogItemId() instanceof CatalogItemId.LegacyOffer;
    }
}

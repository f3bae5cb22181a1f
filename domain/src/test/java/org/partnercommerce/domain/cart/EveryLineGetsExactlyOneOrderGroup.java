package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.OrderGroup;

/** Property, over seeded random carts: one group per line, the groups of each system numbered 0..k-1 with none skipped. */
class EveryLineGetsExactlyOneOrderGroup {

    @Test
    void for_any_cart() {
        Random random = new Random(20261121L);
        for (int run = 0; run < 500; run++) {
            List<CartLine> lines = RandomCarts.lines(random, 1 + random.nextInt(25));

            List<OrderGroup> groups = OrderGrouping.assign(lines);

            assertThat(groups).as("run %d", run).hasSameSizeAs(lines).doesNotContainNull();
            Set<String> modern = groups.stream().filter(group -> !group.isLegacy()).map(OrderGroup::value).collect(Collectors.toSet());
            Set<String> legacy = groups.stream().filter(OrderGroup::isLegacy).map(OrderGroup::value).collect(Collectors.toSet());
            assertThat(modern).isEqualTo(IntStream.range(0, modern.size()).mapToObj(Integer::toString).collect(Collectors.toSet()));
            assertThat(legacy).isEqualTo(IntStream.range(0, legacy.size()).mapToObj(n -> "OMS-" + n).collect(Collectors.toSet()));
        }
    }
}

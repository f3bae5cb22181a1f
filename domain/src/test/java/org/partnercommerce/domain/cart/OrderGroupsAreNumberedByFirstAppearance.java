package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.ANNUAL;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.catalog.BillingCycle.NONE;
import static org.partnercommerce.domain.catalog.BillingCycle.ONE_TIME;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.OrderGroup;

class OrderGroupsAreNumberedByFirstAppearance {

    @Test
    void the_first_cycle_seen_is_0_the_next_1_and_so_on() {
        assertThat(OrderGrouping.assign(List.of(
                line("DZH318Z0C0WF:0001:DZH318Z0BP69", 10, NONE, "P1M"),
                line("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", 1, ANNUAL, "P1Y"),
                line("DZH318Z0BQ36:004G:DZH318Z08C0S", 1, ONE_TIME, "P1Y"),
                line("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", 1, MONTHLY, "P1M"),
                line("CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ", 1, ANNUAL, "P1Y"))))
                .extracting(OrderGroup::value).containsExactly("0", "1", "2", "3", "1");
    }
}

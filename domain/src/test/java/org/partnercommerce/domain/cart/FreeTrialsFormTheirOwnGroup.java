package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.catalog.BillingCycle.NONE;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.OrderGroup;

class FreeTrialsFormTheirOwnGroup {

    @Test
    void a_trial_billed_none_is_not_grouped_with_the_paid_P1M_lines() {
        assertThat(OrderGrouping.assign(List.of(
                line("DZH318Z0BXWC:0002:DZH318Z0BMRV", 1, MONTHLY, "P1M"),
                line("DZH318Z0C0WF:0001:DZH318Z0BP69", 10, NONE, "P1M"),
                line("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", 1, MONTHLY, "P1M"),
                line("CFQ7TTC0LH0Z:0001:CFQ7TTC0TRIA", 25, NONE, "P1M"))))
                .extracting(OrderGroup::value).containsExactly("0", "1", "0", "1");
    }
}

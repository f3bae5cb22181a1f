package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.ANNUAL;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.catalog.BillingCycle.ONE_TIME;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.OrderGroup;

class ModernItemsAreGroupedByBillingCycleWhateverTheirTerm {

    @Test
    void a_P1M_and_a_P1Y_line_billed_monthly_share_a_group() {
        assertThat(OrderGrouping.assign(List.of(
                line("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", 1, MONTHLY, "P1M"),
                line("CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ", 2, MONTHLY, "P1Y"))))
                .extracting(OrderGroup::value).containsExactly("0", "0");
    }

    @Test
    void the_same_item_billed_annually_is_another_group() {
        assertThat(OrderGrouping.assign(List.of(
                line("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", 1, MONTHLY, "P1Y"),
                line("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", 1, ANNUAL, "P1Y"),
                line("DZH318Z0BQ36:004J:DZH318Z08B8X", 1, ONE_TIME, "P3Y"),
                line("DZH318Z0BQ36:004G:DZH318Z08C0S", 1, ONE_TIME, "P1Y"))))
                .extracting(OrderGroup::value).containsExactly("0", "1", "2", "2");
    }
}

package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DirectOrders.INTUNE_DEVICE;
import static org.partnercommerce.domain.testing.DirectOrders.LITWARE;
import static org.partnercommerce.domain.testing.DirectOrders.line;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;

class AnUnknownBillingCycleOnAnOrderRequestBecomesMonthly {

    private static final List<NewOrderLine> LINES = List.of(line(0, INTUNE_DEVICE, 1));

    @Test
    void unknown_or_absent_means_monthly() {
        assertThat(new NewOrder(LITWARE, Optional.of(LITWARE), BillingCycle.parse("unknown"), LINES).billingCycle())
                .isEqualTo(BillingCycle.MONTHLY);
        assertThat(new NewOrder(LITWARE, Optional.of(LITWARE), null, LINES).billingCycle()).isEqualTo(BillingCycle.MONTHLY);
    }

    @Test
    void a_given_cycle_is_kept() {
        assertThat(new NewOrder(LITWARE, Optional.of(LITWARE), BillingCycle.ANNUAL, LINES).billingCycle()).isEqualTo(BillingCycle.ANNUAL);
    }
}

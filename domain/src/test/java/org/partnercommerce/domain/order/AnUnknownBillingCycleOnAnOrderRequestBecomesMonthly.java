package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;

class AnUnknownBillingCycleOnAnOrderRequestBecomesMonthly {

    private static final List<NewOrderLine> LINES = List.of(
            new NewOrderLine(0, CatalogItemId.parse("MS-AZR-0145P"), 1, Optional.empty(), Optional.empty()));
    private static final CustomerId CUSTOMER = CustomerId.of("c501c3c4-d776-40ef-9ecf-9cefb59442c1");

    @Test
    void unknown_or_absent_means_monthly() {
        assertThat(new NewOrder(CUSTOMER, BillingCycle.parse("unknown"), LINES).billingCycle()).isEqualTo(BillingCycle.MONTHLY);
        assertThat(new NewOrder(CUSTOMER, null, LINES).billingCycle()).isEqualTo(BillingCycle.MONTHLY);
    }

    @Test
    void a_given_cycle_is_kept() {
        assertThat(new NewOrder(CUSTOMER, BillingCycle.ANNUAL, LINES).billingCycle()).isEqualTo(BillingCycle.ANNUAL);
    }
}

package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnercommerce.domain.testing.DirectOrders.INTUNE_DEVICE;
import static org.partnercommerce.domain.testing.DirectOrders.LITWARE;
import static org.partnercommerce.domain.testing.DirectOrders.intuneDevice;
import static org.partnercommerce.domain.testing.DirectOrders.line;
import static org.partnercommerce.domain.testing.DirectOrders.litwarePurchase;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.OrderRejected;
import org.partnercommerce.domain.shared.OrderRuleViolation;

class EveryProblemOfAnOrderIsReportedAtOnce {

    @Test
    void the_orders_problems_come_first_then_each_lines_in_line_order() {
        NewOrder order = new NewOrder(LITWARE, Optional.empty(), BillingCycle.MONTHLY, List.of(
                line(1, INTUNE_DEVICE, 10_001).withPartnerIdOnRecord(PartnerId.of("1234567")),
                line(1, "00000000-0000-0000-0000-000000000000", 1),
                line(0, INTUNE_DEVICE, 1)));

        assertThatThrownBy(() -> order.validate(Catalog.of(intuneDevice()), litwarePurchase()).orElseThrow())
                .isInstanceOfSatisfying(OrderRejected.class, rejected -> {
                    assertThat(rejected.code()).isEqualTo("800002");
                    assertThat(rejected.problems())
                            .extracting(problem -> problem.line().orElse(null), OrderRuleViolation::code)
                            .containsExactly(
                                    tuple(null, "800002"),
                                    tuple(null, "800071"),
                                    tuple(0, "800017"),
                                    tuple(0, "2072"),
                                    tuple(1, "800004"));
                });
    }
}

package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DirectOrders.INTUNE_DEVICE;
import static org.partnercommerce.domain.testing.DirectOrders.intuneDevice;
import static org.partnercommerce.domain.testing.DirectOrders.line;
import static org.partnercommerce.domain.testing.DirectOrders.order;
import static org.partnercommerce.domain.testing.DirectOrders.problemsOf;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.shared.OrderRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class TheQuantityOfAnOrderLineStaysWithinTheOffersLimits {

    private static final String LICENCE = "CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS";

    @Test
    void the_limits_themselves_are_accepted() {
        assertThat(problemsOf(order(line(0, INTUNE_DEVICE, 1), line(1, INTUNE_DEVICE, 10_000)), intuneDevice())).isEmpty();
    }

    @Test
    void more_than_the_offers_maximum_is_800017() {
        assertThat(problemsOf(order(line(0, INTUNE_DEVICE, 10_001)), intuneDevice())).singleElement().satisfies(problem -> {
            assertThat(problem).isInstanceOf(OrderRuleViolation.QuantityNotAvailable.class);
            assertThat(problem.code()).isEqualTo("800017");
            assertThat(problem.field()).isEqualTo("quantity");
            assertThat(problem.reason()).contains("at most 10000", "10001");
        });
    }

    @Test
    void less_than_a_skus_minimum_is_800017() {
        assertThat(problemsOf(order(line(0, LICENCE, 4)), CatalogItems.licence(LICENCE).quantity(5, 300).build()))
                .extracting(OrderRuleViolation::code).containsExactly("800017");
    }
}

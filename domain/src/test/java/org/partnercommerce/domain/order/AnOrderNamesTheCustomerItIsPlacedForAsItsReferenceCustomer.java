package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.testing.DirectOrders.LITWARE;
import static org.partnercommerce.domain.testing.DirectOrders.documentedOrder;
import static org.partnercommerce.domain.testing.DirectOrders.intuneDevice;
import static org.partnercommerce.domain.testing.DirectOrders.problemsOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.shared.OrderRuleViolation;

class AnOrderNamesTheCustomerItIsPlacedForAsItsReferenceCustomer {

    private static NewOrder naming(Optional<CustomerId> referenceCustomer) {
        NewOrder documented = documentedOrder();
        return new NewOrder(LITWARE, referenceCustomer, documented.billingCycle(), documented.lineItems());
    }

    @Test
    void the_customer_it_is_placed_for_is_accepted() {
        assertThat(problemsOf(naming(Optional.of(LITWARE)), intuneDevice())).isEmpty();
    }

    @Test
    void without_a_reference_customer_it_is_800002() {
        assertThat(problemsOf(naming(Optional.empty()), intuneDevice())).singleElement().satisfies(problem -> {
            assertThat(problem).isInstanceOf(OrderRuleViolation.ReferenceCustomerNotValid.class);
            assertThat(problem.code()).isEqualTo("800002");
            assertThat(problem.field()).isEqualTo("referenceCustomerId");
            assertThat(problem.line()).isEmpty();
            assertThat(problem.reason()).contains(LITWARE.value());
        });
    }

    @Test
    void another_customer_is_800002() {
        CustomerId other = CustomerId.of("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");

        assertThat(problemsOf(naming(Optional.of(other)), intuneDevice())).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("800002");
            assertThat(problem.reason()).contains(other.value(), LITWARE.value());
        });
    }

    @Test
    void an_order_without_lines_is_refused_as_it_is_made() {
        assertThatThrownBy(() -> new NewOrder(LITWARE, Optional.of(LITWARE), null, List.of()))
                .isInstanceOfSatisfying(OrderRuleViolation.NoLineItems.class,
                        violation -> assertThat(violation.code()).isEqualTo("800002"));
    }
}

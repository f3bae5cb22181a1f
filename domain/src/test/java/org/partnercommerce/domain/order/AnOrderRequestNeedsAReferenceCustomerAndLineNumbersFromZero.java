package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.shared.OrderRuleViolation;

class AnOrderRequestNeedsAReferenceCustomerAndLineNumbersFromZero {

    private static final CustomerId CUSTOMER = CustomerId.of("c501c3c4-d776-40ef-9ecf-9cefb59442c1");

    private static NewOrderLine lineNumbered(int number) {
        return new NewOrderLine(number, CatalogItemId.parse("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"), 5, Optional.empty(),
                Optional.empty());
    }

    @Test
    void without_a_reference_customer_it_is_refused() {
        assertThatThrownBy(() -> new NewOrder(null, BillingCycle.MONTHLY, List.of(lineNumbered(0))))
                .isInstanceOfSatisfying(OrderRuleViolation.ReferenceCustomerMissing.class,
                        violation -> assertThat(violation.code()).isEqualTo("800002"));
    }

    @Test
    void without_lines_it_is_refused() {
        assertThatThrownBy(() -> new NewOrder(CUSTOMER, BillingCycle.MONTHLY, List.of()))
                .isInstanceOf(OrderRuleViolation.NoLineItems.class);
    }

    @Test
    void line_numbers_must_run_exactly_0_to_count_minus_1_800071() {
        assertThatThrownBy(() -> new NewOrder(CUSTOMER, BillingCycle.MONTHLY, List.of(lineNumbered(1))))
                .isInstanceOfSatisfying(OrderRuleViolation.LineItemNumbersOutOfSequence.class,
                        violation -> assertThat(violation.code()).isEqualTo("800071"));
        assertThatThrownBy(() -> new NewOrder(CUSTOMER, BillingCycle.MONTHLY, List.of(lineNumbered(0), lineNumbered(0))))
                .isInstanceOf(OrderRuleViolation.LineItemNumbersOutOfSequence.class);
        assertThatThrownBy(() -> new NewOrder(CUSTOMER, BillingCycle.MONTHLY, List.of(lineNumbered(0), lineNumbered(2))))
                .isInstanceOf(OrderRuleViolation.LineItemNumbersOutOfSequence.class);
    }

    @Test
    void numbers_given_out_of_order_are_accepted_and_kept_in_order() {
        NewOrder order = new NewOrder(CUSTOMER, BillingCycle.MONTHLY, List.of(lineNumbered(1), lineNumbered(0)));

        assertThat(order.lineItems()).extracting(NewOrderLine::lineItemNumber).containsExactly(0, 1);
    }

    @Test
    void an_order_as_made_has_its_lines_numbered_from_0_too() {
        assertThatThrownBy(() -> new Order(OrderId.of("a68736758d9c"), CUSTOMER, BillingCycle.MONTHLY, Optional.empty(),
                List.of(OrderLineItem.of(3, CatalogItemId.parse("MS-AZR-0145P"), 1)), OrderStatus.PENDING, java.time.Instant.EPOCH))
                .isInstanceOf(OrderRuleViolation.LineItemNumbersOutOfSequence.class);
    }
}

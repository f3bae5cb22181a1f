package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.domain.testing.DirectOrders.INTUNE_DEVICE;
import static org.partnercommerce.domain.testing.DirectOrders.LITWARE;
import static org.partnercommerce.domain.testing.DirectOrders.intuneDevice;
import static org.partnercommerce.domain.testing.DirectOrders.line;
import static org.partnercommerce.domain.testing.DirectOrders.litwarePurchase;
import static org.partnercommerce.domain.testing.DirectOrders.order;
import static org.partnercommerce.domain.testing.DirectOrders.problemsOf;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.shared.OrderRuleViolation;

class LineItemNumbersRunFromZeroOrAreLeftOut {

    @Test
    void numbers_given_out_of_order_are_accepted_and_sent_in_order() {
        NewOrder asked = order(line(1, INTUNE_DEVICE, 2), line(0, INTUNE_DEVICE, 1));

        ValidatedOrder validated = asked.validate(Catalog.of(intuneDevice()), litwarePurchase()).orElseThrow();

        assertThat(validated.lineItems()).extracting(ValidatedOrder.Line::lineItemNumber, ValidatedOrder.Line::quantity)
                .containsExactly(tuple(0, 1), tuple(1, 2));
    }

    @Test
    void lines_without_numbers_are_numbered_in_the_order_sent() {
        NewOrder asked = order(line(0, INTUNE_DEVICE, 2).withoutLineItemNumber(), line(0, INTUNE_DEVICE, 1).withoutLineItemNumber());

        ValidatedOrder validated = asked.validate(Catalog.of(intuneDevice()), litwarePurchase()).orElseThrow();

        assertThat(validated.lineItems()).extracting(ValidatedOrder.Line::quantity).containsExactly(2, 1);
    }

    @Test
    void a_number_missing_repeated_or_past_the_end_is_800071() {
        for (NewOrder broken : List.of(
                order(line(1, INTUNE_DEVICE, 1)),
                order(line(0, INTUNE_DEVICE, 1), line(0, INTUNE_DEVICE, 1)),
                order(line(0, INTUNE_DEVICE, 1), line(2, INTUNE_DEVICE, 1)),
                order(line(0, INTUNE_DEVICE, 1), line(1, INTUNE_DEVICE, 1).withoutLineItemNumber()))) {
            assertThat(problemsOf(broken, intuneDevice())).as("%s", broken.lineItems()).singleElement().satisfies(problem -> {
                assertThat(problem).isInstanceOf(OrderRuleViolation.LineItemNumbersOutOfSequence.class);
                assertThat(problem.code()).isEqualTo("800071");
                assertThat(problem.field()).isEqualTo("lineItemNumber");
            });
        }
    }

    @Test
    void an_order_as_made_has_its_lines_numbered_from_0_too() {
        assertThatThrownBy(() -> new Order(OrderId.of("a68736758d9c"), LITWARE, BillingCycle.MONTHLY, Optional.empty(),
                List.of(OrderLineItem.of(3, CatalogItemId.parse("MS-AZR-0145P"), 1)), OrderStatus.PENDING, Instant.EPOCH))
                .isInstanceOf(OrderRuleViolation.LineItemNumbersOutOfSequence.class);
    }
}

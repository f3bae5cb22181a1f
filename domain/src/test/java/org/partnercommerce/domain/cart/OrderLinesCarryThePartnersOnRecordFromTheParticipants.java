package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.Purchases.NOW;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.testing.DocumentedExamples;

/**
 * The transaction reseller becomes {@code partnerIdOnRecord}, the additional ones
 * {@code additionalPartnerIdsOnRecord} (the natural mapping; the documentation's own sample
 * swaps them, probably by mistake).
 */
class OrderLinesCarryThePartnersOnRecordFromTheParticipants {

    @Test
    void the_participants_of_the_documented_cart_become_the_partners_on_record_of_its_order() {
        Cart cart = Cart.create(CartId.of("3e22b548-647d-4223-9675-1fcb6cb57665"),
                DocumentedExamples.attestationAndParticipantsCart().validate(DocumentedExamples.attestationAndParticipantsCatalog(),
                        DocumentedExamples.attestationAndParticipantsPurchase(), NOW).orElseThrow(), NOW);

        CheckoutResult result = GroupCheckout.resultFor(cart,
                group -> new GroupOutcome.Ordered(OrderId.of("a68736758d9c"), OrderStatus.PENDING, NOW));

        assertThat(result.orders()).singleElement().satisfies(order -> {
            assertThat(order.lineItems()).extracting(OrderLineItem::lineItemNumber).containsExactly(0, 1);
            OrderLineItem first = order.lineItems().get(0);
            assertThat(first.partnerIdOnRecord()).isEmpty();
            assertThat(first.additionalPartnerIdsOnRecord()).isEmpty();
            assertThat(first.termDuration()).contains(TermDuration.ONE_MONTH);
            OrderLineItem second = order.lineItems().get(1);
            assertThat(second.offerId().value()).isEqualTo("CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ");
            assertThat(second.quantity()).isEqualTo(2);
            assertThat(second.partnerIdOnRecord()).contains(PartnerId.of("5357564"));
            assertThat(second.additionalPartnerIdsOnRecord()).containsExactly(PartnerId.of("517285"), PartnerId.of("5357563"));
        });
    }
}

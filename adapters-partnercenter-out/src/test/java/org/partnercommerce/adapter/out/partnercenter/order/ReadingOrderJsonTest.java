package org.partnercommerce.adapter.out.partnercenter.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutOutcome;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderStatus;

/** Orders and checkout results read tolerantly: statuses in any case, values Partner Center may add tomorrow. */
class ReadingOrderJsonTest {

    private static final CustomerId ASKED = CustomerId.of("94cd6638-11b6-4323-8c9f-6ae3088adc59");

    private static Order order(String status) throws Exception {
        return PartnerCenterJson.MAPPER.readValue("""
                {"id": "a68736758d9c", "billingCycle": "Monthly", "creationDate": "2023-04-18T22:03:45Z", "status": %s,
                 "lineItems": [{"lineItemNumber": 0, "offerId": "CFQ7TTC0LF8S:0001:CFQ7TTC0N81H", "quantity": 1}]}
                """.formatted(status == null ? "null" : "\"" + status + "\""), OrderDto.class).toDomain(ASKED);
    }

    @Test
    void statusesAreReadInAnyCaseAndOneUnknownTodayIsUnknown() throws Exception {
        assertThat(order("Completed").status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(order("PENDING").status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order("pending_po_upload").status()).isEqualTo(OrderStatus.PENDING_PO_UPLOAD);
        assertThat(order("PoUploadComplete").status()).isEqualTo(OrderStatus.PO_UPLOAD_COMPLETE);
        assertThat(order("cancelled").status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order("archived").status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order(null).status()).isEqualTo(OrderStatus.UNKNOWN);
    }

    @Test
    void anOrderWithoutItsCustomerIsTheCustomersAskedFor() throws Exception {
        assertThat(order("pending").referenceCustomerId()).isEqualTo(ASKED);
    }

    @Test
    void aCheckoutThatOrderedSomeGroupsGivesTheOrdersAndTheErrorsOfTheOthers() throws Exception {
        CheckoutResult result = PartnerCenterJson.MAPPER.readValue("""
                {"orders": [{"id": "a68736758d9c", "referenceCustomerId": "94cd6638-11b6-4323-8c9f-6ae3088adc59",
                   "billingCycle": "monthly", "currencyCode": "USD", "creationDate": "2023-04-18T22:03:45.4505136Z", "status": "pending",
                   "lineItems": [{"lineItemNumber": "0", "offerId": "CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ", "quantity": "2",
                     "subscriptionId": "not-yet", "partnerIdOnRecord": "5357564",
                     "additionalPartnerIdsOnRecord": ["517285", "not a partner id", "5357563"]}]}],
                 "orderErrors": [{"orderGroupId": "1", "code": 800009, "description": "Error in Cart item(s)"},
                                 {"orderGroupId": "OMS-0", "code": "oops"}],
                 "attributes": {"objectType": "CartCheckoutResult"}}
                """, CheckoutResultDto.class).toDomain(ASKED);

        assertThat(result.outcome()).isEqualTo(CheckoutOutcome.SOME_GROUPS_ORDERED);
        assertThat(result.orderErrors()).extracting(OrderError::orderGroupId, OrderError::code, OrderError::description)
                .containsExactly(tuple(OrderGroup.of("1"), 800009, "Error in Cart item(s)"), tuple(OrderGroup.of("OMS-0"), 0, ""));
        assertThat(result.orders()).singleElement().satisfies(order -> assertThat(order.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.subscriptionId()).isEmpty();
            assertThat(line.partnerIdOnRecord()).contains(PartnerId.of("5357564"));
            assertThat(line.additionalPartnerIdsOnRecord()).containsExactly(PartnerId.of("517285"), PartnerId.of("5357563"));
        }));
    }

    @Test
    void aCheckoutAnsweredWithNeitherListOrderedNothing() throws Exception {
        CheckoutResult result = PartnerCenterJson.MAPPER.readValue("{\"attributes\": {\"objectType\": \"CartCheckoutResult\"}}",
                CheckoutResultDto.class).toDomain(ASKED);

        assertThat(result.orders()).isEmpty();
        assertThat(result.orderErrors()).isEmpty();
        assertThat(result.outcome()).isEqualTo(CheckoutOutcome.NO_GROUP_ORDERED);
    }
}

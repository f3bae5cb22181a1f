package org.partnercommerce.adapter.out.partnercenter.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutOutcome;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.LineProvisioningStatus;
import org.partnercommerce.domain.order.LineTransactionType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderClient;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.ProvisioningState;
import org.partnercommerce.domain.order.PurchaseOptions;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.domain.order.SubscriptionId;

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

    @Test
    void linksAreReadInTheSdksPascalCaseTooWithTheirMethodsAndHeaders() throws Exception {
        Order order = PartnerCenterJson.MAPPER.readValue("""
                {"Id": "Ia80ZLkXp6eWOqpp35pBQJLhqv9IiGVZ1", "BillingCycle": "monthly", "CreationDate": "2020-09-02T17:58:01.7755853Z",
                 "Status": "pending", "TransactionType": "UserPurchase",
                 "LineItems": [{"LineItemNumber": 0, "OfferId": "DZH318Z0C964:0001:DZH318Z0BZDG", "Quantity": 1, "TransactionType": "New",
                   "Links": {"ActivationLinks": {"Uri": "/customers/86bddccf-9a53-40c6-907c-08067a3f8da7/orders/Ia80ZLkXp6eWOqpp35pBQJLhqv9IiGVZ1/lineitems/0/activationlinks",
                     "Method": "GET", "Body": null, "Headers": []}}}],
                 "Links": {"PatchOperation": {"Uri": "/customers/86bddccf-9a53-40c6-907c-08067a3f8da7/orders/Ia80ZLkXp6eWOqpp35pBQJLhqv9IiGVZ1",
                   "Method": "PATCH", "Body": null, "Headers": [{"Key": "If-Match", "Value": "W/1"}, {"Key": null, "Value": "x"}]},
                   "Self": {"Uri": "", "Method": "GET"}},
                 "Client": {"marketplaceCountry": "US", "deviceFamily": "UniversalStore-PartnerCenter", "name": "Partner Center Web",
                   "version": 2, "flags": ["a"], "gone": null}}
                """, OrderDto.class).toDomain(ASKED);

        assertThat(order.links().patchOperation()).contains(new ResourceLink(
                "/customers/86bddccf-9a53-40c6-907c-08067a3f8da7/orders/Ia80ZLkXp6eWOqpp35pBQJLhqv9IiGVZ1", "PATCH",
                List.of(new ResourceLink.Header("If-Match", "W/1"))));
        assertThat(order.links().self()).as("a link without a URI is none").isEmpty();
        assertThat(order.lineItems().getFirst().links().activationLinks()).hasValueSatisfying(link ->
                assertThat(link.uri()).endsWith("/lineitems/0/activationlinks"));
        assertThat(order.lineItems().getFirst().transactionType()).contains(LineTransactionType.NEW);
        assertThat(order.client()).contains(new OrderClient(Map.of("marketplaceCountry", "US",
                "deviceFamily", "UniversalStore-PartnerCenter", "name", "Partner Center Web", "version", "2", "flags", "[\"a\"]")));
    }

    @Test
    void transactionTypesAreReadInAnyCaseAndOnesUnknownTodayAreLeftOut() throws Exception {
        Order order = PartnerCenterJson.MAPPER.readValue("""
                {"id": "a68736758d9c", "billingCycle": "monthly", "creationDate": "2023-04-18T22:03:45Z", "status": "completed",
                 "transactionType": "SystemRefurbish",
                 "lineItems": [{"lineItemNumber": 0, "offerId": "CFQ7TTC0LF8S:0001:CFQ7TTC0N81H", "quantity": 1, "transactionType": "addQuantity"},
                               {"lineItemNumber": 1, "offerId": "CFQ7TTC0LF8S:0001:CFQ7TTC0N81H", "quantity": 1, "transactionType": "upgrade"}]}
                """, OrderDto.class).toDomain(ASKED);

        assertThat(order.transactionType()).isEmpty();
        assertThat(order.lineItems()).extracting(OrderLineItem::transactionType)
                .containsExactly(Optional.of(LineTransactionType.ADD_QUANTITY), Optional.empty());
    }

    @Test
    void aTotalPriceWithoutACurrencyIsLeftOutAsThePricesOfItsLinesAre() throws Exception {
        Order order = PartnerCenterJson.MAPPER.readValue("""
                {"id": "a68736758d9c", "billingCycle": "monthly", "creationDate": "2023-04-18T22:03:45Z", "totalPrice": 36.48,
                 "lineItems": [{"lineItemNumber": 0, "offerId": "CFQ7TTC0LF8S:0001:CFQ7TTC0N81H", "quantity": 1}]}
                """, OrderDto.class).toDomain(ASKED);

        assertThat(order.totalPrice()).isEmpty();
        assertThat(order.client()).isEmpty();
    }

    @Test
    void aProvisioningLineIsNumberedByItsLineItemNumberElseItsOrderLineItemIdElseItsPlace() throws Exception {
        List<ProvisioningStatusDto> lines = PartnerCenterJson.MAPPER.readValue("""
                [{"lineItemNumber": 2, "orderLineItemId": 7, "status": "PrefulfillmentPending"},
                 {"orderLineItemId": 1, "status": "Fulfilled", "quantityProvisioningInformation": [{"quantity": 2, "status": "fulfilled"},
                   {"quantity": 1, "status": "Suspended"}]},
                 {"status": "unfulfilled"}]
                """, PartnerCenterJson.MAPPER.getTypeFactory().constructCollectionType(List.class, ProvisioningStatusDto.class));

        assertThat(lines.get(0).toDomain(0).lineItemNumber()).isEqualTo(2);
        assertThat(lines.get(0).toDomain(0).quantities()).isEmpty();
        LineProvisioningStatus second = lines.get(1).toDomain(1);
        assertThat(second.lineItemNumber()).isEqualTo(1);
        assertThat(second.quantities()).extracting(LineProvisioningStatus.QuantityProvisioningStatus::status)
                .containsExactly(ProvisioningState.FULFILLED, ProvisioningState.parse("Suspended"));
        assertThat(lines.get(2).toDomain(5)).isEqualTo(new LineProvisioningStatus(5, ProvisioningState.UNFULFILLED, List.of()));
    }

    @Test
    void whatALineWasBoughtWithIsReadAndWhatIsNotOfItsFormIsLeftOut() throws Exception {
        Order order = PartnerCenterJson.MAPPER.readValue("""
                {"id": "a68736758d9c", "billingCycle": "none", "creationDate": "2023-04-18T22:03:45Z", "partnerOnRecordAttestationAccepted": true,
                 "lineItems": [{"lineItemNumber": 0, "offerId": "DZH318Z0C0WF:0001:DZH318Z0BP69", "quantity": 1,
                   "renewsTo": [{"termDuration": "p1y"}], "promotionId": "39NFJQT1Q5KM", "customTermEndDate": "2027-02-28T00:00:00Z",
                   "provisioningContext": {"scope": "shared", "subscriptionId": "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e", "nothing": null},
                   "attestationAccepted": false, "parentSubscriptionId": "0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1"},
                  {"lineItemNumber": 1, "offerId": "DZH318Z0C0WF:0001:DZH318Z0BP69", "quantity": 1,
                   "renewsTo": {"termDuration": "someday"}, "customTermEndDate": "end of month", "parentSubscriptionId": "base"}]}
                """, OrderDto.class).toDomain(ASKED);

        assertThat(order.partnerOnRecordAttestationAccepted()).contains(true);
        assertThat(order.lineItems().get(0).purchase()).isEqualTo(new PurchaseOptions(Optional.of(TermDuration.ONE_YEAR),
                Optional.of("39NFJQT1Q5KM"), Optional.of(Instant.parse("2027-02-28T00:00:00Z")),
                Map.of("scope", "shared", "subscriptionId", "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e"), Optional.of(false),
                Optional.of(SubscriptionId.of("0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1"))));
        assertThat(order.lineItems().get(1).purchase()).isEqualTo(PurchaseOptions.NONE);
    }
}

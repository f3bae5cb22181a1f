package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.LineProvisioningStatus;
import org.partnercommerce.domain.order.LineProvisioningStatus.QuantityProvisioningStatus;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderProvisioningStatus;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.OrderTransactionType;
import org.partnercommerce.domain.order.ProvisioningState;
import org.partnercommerce.domain.order.ResourceLink;

/**
 * Orders against the emulator: an order is read by id as soon as it is placed; the list shows it
 * only after Partner Center's listing delay (15 minutes there, {@link PartnerCenterEmulatorResource#ORDER_LISTING_DELAY} here).
 */
@QuarkusTest
@WithTestResource(PartnerCenterEmulatorResource.class)
class ReadingOrdersTest {

    private static final CustomerId CUSTOMER = DocumentedCarts.GB_CUSTOMER;

    @Inject
    PartnerCenterOrders orders;

    @Inject
    PartnerCenterCarts carts;

    @Inject
    PartnerCenterCatalog catalog;

    @Inject
    PartnerCenterCustomers customers;

    @Inject
    PartnerCenterSubscriptions subscriptions;

    private Order placeAnOrder(int quantity) {
        PartnerCenterCart cart = carts.create(new DocumentedCarts(catalog, customers, subscriptions)
                .validated(DocumentedCarts.newCommerce(CUSTOMER, quantity)), RequestId.of(UUID.randomUUID().toString()));
        return carts.checkout(CUSTOMER, cart.id(), RequestId.of(UUID.randomUUID().toString())).orders().getFirst();
    }

    @Test
    void anOrderIsReadByIdAsSoonAsItIsPlaced() {
        Order placed = placeAnOrder(2);

        Order read = orders.order(CUSTOMER, placed.id()).orElseThrow();

        assertThat(read.id()).isEqualTo(placed.id());
        assertThat(read.referenceCustomerId()).isEqualTo(CUSTOMER);
        assertThat(read.currency()).contains(CurrencyCode.of("GBP"));
        assertThat(read.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(read.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualTo(2);
            assertThat(line.pricing()).hasValueSatisfying(pricing ->
                    assertThat(pricing.currency()).isEqualTo(CurrencyCode.of("GBP")));
        });
        assertThat(read.lineItems().getFirst().pricing().orElseThrow().extendedPrice())
                .isEqualTo(placed.lineItems().getFirst().pricing().orElseThrow().extendedPrice());
    }

    @Test
    void theOrderListShowsANewOrderOnlyAfterPartnerCentersListingDelay() throws InterruptedException {
        Order placed = placeAnOrder(1);

        List<OrderId> atOnce = orders.orders(CUSTOMER).stream().map(Order::id).toList();
        assertThat(atOnce).doesNotContain(placed.id());

        long deadline = System.nanoTime() + PartnerCenterEmulatorResource.ORDER_LISTING_DELAY.plusSeconds(3).toNanos();
        List<Order> listed = orders.orders(CUSTOMER);
        while (listed.stream().noneMatch(order -> order.id().equals(placed.id())) && System.nanoTime() < deadline) {
            Thread.sleep(Duration.ofMillis(200));
            listed = orders.orders(CUSTOMER);
        }

        assertThat(listed).filteredOn(order -> order.id().equals(placed.id())).singleElement().satisfies(order -> {
            assertThat(order.referenceCustomerId()).isEqualTo(CUSTOMER);
            assertThat(order.lineItems()).hasSize(1);
        });
    }

    @Test
    void anOrderIsReadWithEveryFieldPartnerCenterGivesItsLinksAndEtagIncluded() {
        Order placed = placeAnOrder(3);
        String self = "/customers/" + CUSTOMER.value() + "/orders/" + placed.id().value();

        Order read = orders.order(CUSTOMER, placed.id()).orElseThrow();

        assertThat(read.alternateId()).contains(placed.id().value());
        assertThat(read.currencySymbol()).isPresent();
        assertThat(read.transactionType()).contains(OrderTransactionType.USER_PURCHASE);
        assertThat(read.totalPrice()).contains(read.lineItems().getFirst().pricing().orElseThrow().extendedPrice());
        assertThat(read.links().self()).contains(ResourceLink.get(self));
        assertThat(read.links().provisioningStatus()).contains(ResourceLink.get(self + "/provisioningstatus"));
        assertThat(read.etag()).isPresent();
        assertThat(read.lineItems().getFirst().links().sku()).isPresent();
    }

    @Test
    void aNewOrdersProvisioningIsPendingLineByLine() {
        Order placed = placeAnOrder(4);

        OrderProvisioningStatus status = orders.provisioningStatus(CUSTOMER, placed.id()).orElseThrow();

        assertThat(status).isEqualTo(new OrderProvisioningStatus(placed.id(), List.of(new LineProvisioningStatus(0,
                ProvisioningState.PREFULFILLMENT_PENDING, List.of(new QuantityProvisioningStatus(4, ProvisioningState.PREFULFILLMENT_PENDING))))));
        assertThat(status.isFulfilled()).isFalse();
    }

    @Test
    void theProvisioningOfAnOrderPartnerCenterDoesNotKnowIsEmpty() {
        assertThat(orders.provisioningStatus(CUSTOMER, OrderId.of("a0b1c2d3e4f5"))).isEmpty();
    }

    @Test
    void anOrderPartnerCenterDoesNotKnowIsEmpty() {
        assertThat(orders.order(CUSTOMER, OrderId.of("a0b1c2d3e4f5"))).isEmpty();
    }

    @Test
    void theOrdersOfACustomerThatIsNotThePartnersAreNotFound() {
        assertThatThrownBy(() -> orders.orders(CustomerId.of(UUID.randomUUID().toString()))).isInstanceOf(PartnerCenterException.NotFound.class);
    }
}

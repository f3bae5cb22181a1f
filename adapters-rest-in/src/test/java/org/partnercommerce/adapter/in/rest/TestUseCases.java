package org.partnercommerce.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.InstantSource;
import java.time.Duration;
import org.partnercommerce.application.port.in.cart.CheckoutCartUseCase;
import org.partnercommerce.application.port.in.cart.CreateCartUseCase;
import org.partnercommerce.application.port.in.cart.GetCartUseCase;
import org.partnercommerce.application.port.in.cart.UpdateCartUseCase;
import org.partnercommerce.application.port.in.catalog.BrowseCatalogUseCase;
import org.partnercommerce.application.port.in.catalog.CheckInventoryUseCase;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequestsUseCase;
import org.partnercommerce.application.port.in.entitlement.GetReservationDetailsUseCase;
import org.partnercommerce.application.port.in.entitlement.ListEntitlementsUseCase;
import org.partnercommerce.application.port.in.invoice.ReadInvoiceLineItemsUseCase;
import org.partnercommerce.application.port.in.invoice.ReadInvoicesUseCase;
import org.partnercommerce.application.port.in.invoice.ReconcileInvoiceUseCase;
import org.partnercommerce.application.port.in.order.GetActivationLinksUseCase;
import org.partnercommerce.application.port.in.order.GetOrderProvisioningStatusUseCase;
import org.partnercommerce.application.port.in.subscription.GetSubscriptionUseCase;
import org.partnercommerce.application.port.in.subscription.ListSubscriptionsUseCase;
import org.partnercommerce.application.port.in.order.GetOrderUseCase;
import org.partnercommerce.application.port.in.order.ListOrdersUseCase;
import org.partnercommerce.application.port.in.order.PlaceOrderUseCase;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.service.catalog.BrowseCatalogService;
import org.partnercommerce.application.service.catalog.CheckInventoryService;
import org.partnercommerce.application.service.idempotency.IdempotentRequestsService;
import org.partnercommerce.testing.fake.FakePartnerCenterCatalog;
import org.partnercommerce.testing.fake.Purchasing;

/**
 * The real services over in-memory fakes of every port, for this module's tests — but they tell
 * their outcomes to this module's own adapter of {@link Outcomes}, as in the running service.
 */
@ApplicationScoped
public class TestUseCases {

    private final Purchasing purchasing;
    private final RecordingIdempotencyRecords idempotencyRecords;

    TestUseCases(Outcomes outcomes) {
        purchasing = new Purchasing(outcomes);
        // The keys the held releases give back are these: one store, and one outage with the rest.
        idempotencyRecords = new RecordingIdempotencyRecords(purchasing.transactions, purchasing.idempotencyRecords);
    }

    @Produces
    InstantSource clock() {
        return purchasing.clock;
    }

    @Produces
    Purchasing purchasing() {
        return purchasing;
    }

    @Produces
    FakePartnerCenterCatalog partnerCenter() {
        return purchasing.catalog;
    }

    @Produces
    BrowseCatalogUseCase browseCatalog() {
        return new BrowseCatalogService(purchasing.catalog);
    }

    @Produces
    CheckInventoryUseCase checkInventory() {
        return new CheckInventoryService(purchasing.catalog, purchasing.access);
    }

    @Produces
    CreateCartUseCase createCart() {
        return purchasing.createCart;
    }

    @Produces
    UpdateCartUseCase updateCart() {
        return purchasing.updateCart;
    }

    @Produces
    GetCartUseCase getCart() {
        return purchasing.getCart;
    }

    @Produces
    CheckoutCartUseCase checkout() {
        return purchasing.checkout;
    }

    @Produces
    GetOrderUseCase getOrder() {
        return purchasing.getOrder;
    }

    @Produces
    ListOrdersUseCase listOrders() {
        return purchasing.listOrders;
    }

    @Produces
    GetOrderProvisioningStatusUseCase orderProvisioningStatus() {
        return purchasing.orderProvisioningStatus;
    }

    @Produces
    GetActivationLinksUseCase activationLinks() {
        return purchasing.activationLinks;
    }

    @Produces
    ListSubscriptionsUseCase listSubscriptions() {
        return purchasing.listSubscriptions;
    }

    @Produces
    GetSubscriptionUseCase getSubscription() {
        return purchasing.getSubscription;
    }

    @Produces
    ListEntitlementsUseCase listEntitlements() {
        return purchasing.listEntitlements;
    }

    @Produces
    GetReservationDetailsUseCase reservationDetails() {
        return purchasing.reservationDetails;
    }

    @Produces
    ReadInvoicesUseCase readInvoices() {
        return purchasing.readInvoices;
    }

    @Produces
    ReadInvoiceLineItemsUseCase invoiceLineItems() {
        return purchasing.invoiceLineItems;
    }

    @Produces
    ReconcileInvoiceUseCase reconcileInvoice() {
        return purchasing.reconcile;
    }

    @Produces
    PlaceOrderUseCase placeOrder() {
        return purchasing.placeOrder;
    }

    @Produces
    RecordingIdempotencyRecords idempotencyRecords() {
        return idempotencyRecords;
    }

    @Produces
    @ApplicationScoped
    IdempotentRequestsUseCase idempotentRequests() {
        return new IdempotentRequestsService(idempotencyRecords, purchasing.clock, Duration.ofMinutes(2), Duration.ofDays(8),
                purchasing.heldReleases);
    }
}

package org.partnercommerce.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.InstantSource;
import java.util.UUID;
import java.util.function.Supplier;
import org.partnercommerce.application.port.in.cart.CheckoutCartUseCase;
import org.partnercommerce.application.port.in.cart.CreateCartUseCase;
import org.partnercommerce.application.port.in.cart.GetCartUseCase;
import org.partnercommerce.application.port.in.cart.RecoverCheckoutsUseCase;
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
import org.partnercommerce.application.port.in.order.GetOrderUseCase;
import org.partnercommerce.application.port.in.order.ListOrdersUseCase;
import org.partnercommerce.application.port.in.order.PlaceOrderUseCase;
import org.partnercommerce.application.port.in.order.RecoverPendingOrdersUseCase;
import org.partnercommerce.application.port.out.CartClaims;
import org.partnercommerce.application.port.out.Carts;
import org.partnercommerce.application.port.out.IdempotencyRecords;
import org.partnercommerce.application.port.out.OrderPlacements;
import org.partnercommerce.application.port.in.subscription.GetSubscriptionUseCase;
import org.partnercommerce.application.port.in.subscription.ListSubscriptionsUseCase;
import org.partnercommerce.application.port.out.Orders;
import org.partnercommerce.application.port.out.PartnerCenterEntitlements;
import org.partnercommerce.application.port.out.PartnerCenterInvoices;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.PartnerCenterCarts;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterOrders;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.application.port.out.Pause;
import org.partnercommerce.application.port.out.PurchaseAudit;
import org.partnercommerce.application.port.out.Transactions;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.application.service.access.OrderVisibility;
import org.partnercommerce.application.service.entitlement.GetReservationDetailsService;
import org.partnercommerce.application.service.entitlement.ListEntitlementsService;
import org.partnercommerce.application.service.invoice.ReadInvoiceLineItemsService;
import org.partnercommerce.application.service.invoice.ReadInvoicesService;
import org.partnercommerce.application.service.invoice.ReconcileInvoiceService;
import org.partnercommerce.application.service.order.GetActivationLinksService;
import org.partnercommerce.application.service.subscription.GetSubscriptionService;
import org.partnercommerce.application.service.subscription.ListSubscriptionsService;
import org.partnercommerce.application.service.cart.CartChecks;
import org.partnercommerce.application.service.cart.CheckoutCartService;
import org.partnercommerce.application.service.cart.PurchaseCapChecks;
import org.partnercommerce.application.service.cart.CheckoutTimings;
import org.partnercommerce.application.service.cart.CreateCartService;
import org.partnercommerce.application.service.cart.GetCartService;
import org.partnercommerce.application.service.cart.RecoverCheckoutsService;
import org.partnercommerce.application.service.cart.UpdateCartService;
import org.partnercommerce.application.service.catalog.BrowseCatalogService;
import org.partnercommerce.application.service.catalog.CheckInventoryService;
import org.partnercommerce.application.service.idempotency.IdempotentRequestsService;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;
import org.partnercommerce.application.service.order.GetOrderProvisioningStatusService;
import org.partnercommerce.application.service.order.GetOrderService;
import org.partnercommerce.application.service.order.ListOrdersService;
import org.partnercommerce.application.service.order.OrderChecks;
import org.partnercommerce.application.service.order.PlaceOrderService;
import org.partnercommerce.application.service.order.RecoverPendingOrdersService;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;

/** Builds the use cases from their services and the adapters of the ports they need; the application layer knows no CDI. */
@ApplicationScoped
public class UseCases {

    private final Settings.PartnerSettings partner;
    private final Settings.CheckoutSettings checkout;
    private final Settings.IdempotencySettings idempotency;
    private final InstantSource clock;
    /** New ids (claimants, MS-RequestIds) and pauses: the core makes neither itself. */
    private final Supplier<UUID> ids = UUID::randomUUID;
    private final Pause pause = Thread::sleep;

    UseCases(Settings.PartnerSettings partner, Settings.CheckoutSettings checkout, Settings.IdempotencySettings idempotency,
             InstantSource clock) {
        this.partner = partner;
        this.checkout = checkout;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Produces
    @ApplicationScoped
    BrowseCatalogUseCase browseCatalog(PartnerCenterCatalog catalog) {
        return new BrowseCatalogService(catalog);
    }

    @Produces
    @ApplicationScoped
    CheckInventoryUseCase checkInventory(PartnerCenterCatalog catalog, CustomerAccess access) {
        return new CheckInventoryService(catalog, access);
    }

    @Produces
    @ApplicationScoped
    CreateCartUseCase createCart(CustomerAccess access, CartChecks checks, PurchaseCapChecks caps,
                                 PartnerCenterCarts partnerCenter, Carts carts, Outcomes outcomes, Transactions transactions) {
        return new CreateCartService(access, checks, caps, partnerCenter, carts, outcomes, transactions,
                clock, ids);
    }

    @Produces
    @ApplicationScoped
    UpdateCartUseCase updateCart(CustomerAccess access, CartChecks checks, PurchaseCapChecks caps,
                                 PartnerCenterCarts partnerCenter, Carts carts, CartClaims claims, Outcomes outcomes,
                                 Transactions transactions) {
        return new UpdateCartService(access, checks, caps, partnerCenter, carts, claims, outcomes,
                transactions, clock, ids, timings());
    }

    @Produces
    @ApplicationScoped
    GetCartUseCase getCart(CustomerAccess access, Carts carts) {
        return new GetCartService(access, carts);
    }

    @Produces
    @ApplicationScoped
    CheckoutCartUseCase checkoutCart(CustomerAccess access, PartnerCenterCarts partnerCenter, Carts carts,
                                     CartClaims claims, Orders orders, PurchaseAudit audit, Outcomes outcomes,
                                     Transactions transactions, PurchaseCapChecks caps, ReleaseHeldClaimsService held) {
        return new CheckoutCartService(access, partnerCenter, carts, claims, orders, audit, outcomes,
                transactions, clock, ids, pause, timings(), caps, held);
    }

    @Produces
    @ApplicationScoped
    PurchaseCapChecks purchaseCaps(Settings.PurchaseCapSettings caps, Orders orders) {
        return new PurchaseCapChecks(caps.toDomain(), orders);
    }

    @Produces
    @ApplicationScoped
    RecoverCheckoutsUseCase recoverCheckouts(PartnerCenterCarts partnerCenter, Carts carts, CartClaims claims, Orders orders,
                                             PurchaseAudit audit, Outcomes outcomes, Transactions transactions,
                                             ReleaseHeldClaimsService held) {
        return new RecoverCheckoutsService(partnerCenter, carts, claims, orders, audit, outcomes, transactions, clock, ids,
                timings(), checkout.recoveryBatch(), held);
    }

    @Produces
    @ApplicationScoped
    GetOrderUseCase getOrder(CustomerAccess access, Orders orders, PartnerCenterOrders partnerCenter,
                             Transactions transactions) {
        return new GetOrderService(access, orders, partnerCenter, transactions);
    }

    @Produces
    @ApplicationScoped
    ListOrdersUseCase listOrders(CustomerAccess access, Orders orders, PartnerCenterOrders partnerCenter,
                                 Transactions transactions) {
        return new ListOrdersService(access, orders, partnerCenter, transactions);
    }

    @Produces
    @ApplicationScoped
    GetOrderProvisioningStatusUseCase orderProvisioningStatus(CustomerAccess access, OrderVisibility visibility,
                                                              PartnerCenterOrders partnerCenter) {
        return new GetOrderProvisioningStatusService(access, visibility, partnerCenter);
    }

    @Produces
    @ApplicationScoped
    GetActivationLinksUseCase activationLinks(CustomerAccess access, OrderVisibility visibility, PartnerCenterOrders partnerCenter) {
        return new GetActivationLinksService(access, visibility, partnerCenter);
    }

    @Produces
    @ApplicationScoped
    ReadInvoicesUseCase readInvoices(PartnerCenterInvoices partnerCenter) {
        return new ReadInvoicesService(partnerCenter);
    }

    @Produces
    @ApplicationScoped
    ReadInvoiceLineItemsUseCase readInvoiceLineItems(CustomerAccess access, PartnerCenterInvoices partnerCenter) {
        return new ReadInvoiceLineItemsService(access, partnerCenter);
    }

    @Produces
    @ApplicationScoped
    ReconcileInvoiceUseCase reconcileInvoice(PartnerCenterInvoices partnerCenter, Orders orders) {
        return new ReconcileInvoiceService(partnerCenter, orders);
    }

    @Produces
    @ApplicationScoped
    ListSubscriptionsUseCase listSubscriptions(CustomerAccess access, PartnerCenterSubscriptions partnerCenter) {
        return new ListSubscriptionsService(access, partnerCenter);
    }

    @Produces
    @ApplicationScoped
    GetSubscriptionUseCase getSubscription(CustomerAccess access, PartnerCenterSubscriptions partnerCenter) {
        return new GetSubscriptionService(access, partnerCenter);
    }

    @Produces
    @ApplicationScoped
    ListEntitlementsUseCase listEntitlements(CustomerAccess access, OrderVisibility visibility, PartnerCenterEntitlements partnerCenter) {
        return new ListEntitlementsService(access, visibility, partnerCenter);
    }

    @Produces
    @ApplicationScoped
    GetReservationDetailsUseCase reservationDetails(CustomerAccess access, OrderVisibility visibility,
                                                    PartnerCenterEntitlements partnerCenter) {
        return new GetReservationDetailsService(access, visibility, partnerCenter);
    }

    @Produces
    @ApplicationScoped
    PlaceOrderUseCase placeOrder(CustomerAccess access, OrderChecks checks, PartnerCenterOrders partnerCenter,
                                 OrderPlacements placements, Orders orders, PurchaseAudit audit, Outcomes outcomes,
                                 Transactions transactions, PurchaseCapChecks caps, ReleaseHeldClaimsService held) {
        return new PlaceOrderService(access, checks, partnerCenter, placements, orders, audit, outcomes,
                transactions, clock, ids, pause, timings(), caps, held);
    }

    @Produces
    @ApplicationScoped
    RecoverPendingOrdersUseCase recoverPendingOrders(PartnerCenterOrders partnerCenter, OrderPlacements placements, Orders orders,
                                                     PurchaseAudit audit, Outcomes outcomes, Transactions transactions,
                                                     ReleaseHeldClaimsService held) {
        return new RecoverPendingOrdersService(partnerCenter, placements, orders, audit, outcomes, transactions, clock, ids,
                timings(), checkout.recoveryBatch(), held);
    }

    @Produces
    @ApplicationScoped
    IdempotentRequestsUseCase idempotentRequests(IdempotencyRecords records, ReleaseHeldClaimsService held) {
        return new IdempotentRequestsService(records, clock, idempotency.abandonedAfter(), idempotency.retention(), held);
    }

    /**
     * The claims this instance gives back once the database is back, one set for every use case:
     * each held no longer than a lease runs or a key is abandoned after, when they are taken over anyway.
     */
    @Produces
    @Singleton
    ReleaseHeldClaimsService heldReleases(IdempotencyRecords records, CartClaims claims, OrderPlacements placements) {
        Duration keepFor = checkout.lease().compareTo(idempotency.abandonedAfter()) < 0 ? checkout.lease() : idempotency.abandonedAfter();
        return new ReleaseHeldClaimsService(records, claims, placements, clock, keepFor);
    }

    /** Which customers a caller may act for, for every use case; a plain final class, so a singleton rather than a proxied bean. */
    @Produces
    @Singleton
    CustomerAccess customerAccess(PartnerCenterCustomers customers) {
        return new CustomerAccess(customers);
    }

    /** Which orders a caller may see, for every use case that reads what an order became. */
    @Produces
    @Singleton
    OrderVisibility orderVisibility(CustomerAccess access, Orders orders, PartnerCenterOrders partnerCenterOrders) {
        return new OrderVisibility(access, orders, partnerCenterOrders);
    }

    /** One checker for the cart use cases; a plain final class, so a singleton rather than a proxied bean. */
    @Produces
    @Singleton
    CartChecks cartChecks(PartnerCenterCatalog catalog, PartnerCenterSubscriptions subscriptions) {
        return new CartChecks(catalog, subscriptions, partner());
    }

    /** One checker for direct orders; a plain final class, so a singleton rather than a proxied bean. */
    @Produces
    @Singleton
    OrderChecks orderChecks(PartnerCenterCatalog catalog) {
        return new OrderChecks(catalog, partner());
    }

    private Partner partner() {
        PartnerId partnerId = PartnerId.of(partner.partnerId());
        return switch (partner.program()) {
            case "indirect-provider" -> new Partner.IndirectProvider(partnerId);
            case "direct-bill-partner" -> new Partner.DirectBillPartner(partnerId);
            default -> throw new IllegalStateException("partnercommerce.partner.program is indirect-provider or direct-bill-partner, not "
                    + partner.program());
        };
    }

    private CheckoutTimings timings() {
        return new CheckoutTimings(checkout.lease(), checkout.pollInterval(), checkout.waitForInFlight());
    }
}

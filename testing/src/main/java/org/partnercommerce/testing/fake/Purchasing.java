package org.partnercommerce.testing.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.in.cart.CheckoutCartCommand;
import org.partnercommerce.application.port.in.cart.CreateCartCommand;
import org.partnercommerce.application.port.in.order.PlaceOrderCommand;
import org.partnercommerce.application.port.out.Outcomes;
import org.partnercommerce.application.port.out.Pause;
import org.partnercommerce.application.service.access.CustomerAccess;
import org.partnercommerce.application.service.access.OrderVisibility;
import org.partnercommerce.application.service.entitlement.GetReservationDetailsService;
import org.partnercommerce.application.service.entitlement.ListEntitlementsService;
import org.partnercommerce.application.service.invoice.ReadInvoiceLineItemsService;
import org.partnercommerce.application.service.invoice.ReadInvoicesService;
import org.partnercommerce.application.service.invoice.ReconcileInvoiceService;
import org.partnercommerce.application.service.release.ReleaseHeldClaimsService;
import org.partnercommerce.application.service.order.GetActivationLinksService;
import org.partnercommerce.application.service.subscription.GetSubscriptionService;
import org.partnercommerce.application.service.subscription.ListSubscriptionsService;
import org.partnercommerce.application.service.cart.CartChecks;
import org.partnercommerce.application.service.cart.CheckoutCartService;
import org.partnercommerce.application.service.cart.PurchaseCapChecks;
import org.partnercommerce.domain.cap.PurchaseCaps;
import org.partnercommerce.application.service.cart.CheckoutTimings;
import org.partnercommerce.application.service.cart.CreateCartService;
import org.partnercommerce.application.service.cart.GetCartService;
import org.partnercommerce.application.service.cart.RecoverCheckoutsService;
import org.partnercommerce.application.service.cart.UpdateCartService;
import org.partnercommerce.application.service.order.GetOrderProvisioningStatusService;
import org.partnercommerce.application.service.order.GetOrderService;
import org.partnercommerce.application.service.order.ListOrdersService;
import org.partnercommerce.application.service.order.OrderChecks;
import org.partnercommerce.application.service.order.PlaceOrderService;
import org.partnercommerce.application.service.order.RecoverPendingOrdersService;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.NewOrder;
import org.partnercommerce.domain.order.NewOrderLine;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;

/** The purchase services wired over fakes of every port, as the bootstrap wires them over adapters. */
public final class Purchasing {

    public static final CustomerId CUSTOMER = CustomerId.of("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");
    public static final CustomerId OTHER_CUSTOMER = CustomerId.of("28045616-f6b9-462f-9701-0d89b5e65c44");
    public static final PartnerId RESELLER = PartnerId.of("5357564");
    public static final Caller PARTNER_SYSTEMS = Caller.partner("partner-systems");
    public static final CatalogItemId BUSINESS_BASIC = CatalogItemId.parse("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P");

    public final TestClock clock = new TestClock(Instant.parse("2026-11-21T10:00:00Z"));
    public final FakePartnerCenterCatalog catalog = CatalogExamples.fakeCatalog();
    public final FakePartnerCenterCustomers customers = new FakePartnerCenterCustomers()
            .add(new Customer(CUSTOMER, CatalogExamples.US, Set.of(org.partnercommerce.domain.catalog.TargetSegment.COMMERCIAL),
                    IndirectResellers.known(Set.of(RESELLER))))
            .add(Customer.commercial(OTHER_CUSTOMER, CatalogExamples.US).withResellers(IndirectResellers.known(Set.of())));
    public final FakePartnerCenterCarts partnerCenterCarts = new FakePartnerCenterCarts(clock);
    public final FakePartnerCenterSubscriptions subscriptions = new FakePartnerCenterSubscriptions(clock);
    public final FakePartnerCenterOrders partnerCenterOrders = new FakePartnerCenterOrders(clock);
    /** The database going away: units of work and the releases of claims fail while it lasts. */
    public final Outage outage = new Outage();
    public final InMemoryCarts carts = new InMemoryCarts(outage);
    public final InMemoryOrders orders = new InMemoryOrders();
    public final InMemoryOrderPlacements placements = new InMemoryOrderPlacements(outage);
    public final InMemoryIdempotencyRecords idempotencyRecords = new InMemoryIdempotencyRecords(outage);
    public final InMemoryPurchaseAudit audit = new InMemoryPurchaseAudit();
    public final DirectTransactions transactions = new DirectTransactions(outage);
    /** New ids as in production; waiting really waits (the timings are short), as two requests of a test run at once. */
    public final Supplier<UUID> ids = UUID::randomUUID;
    public final Pause pause = Thread::sleep;
    public final CheckoutTimings timings = new CheckoutTimings(Duration.ofSeconds(60), Duration.ofMillis(5), Duration.ofMillis(50));
    public final ReleaseHeldClaimsService heldReleases =
            new ReleaseHeldClaimsService(idempotencyRecords, carts, placements, clock, timings.lease());

    public final CustomerAccess access = new CustomerAccess(customers);
    private final Partner partner = new Partner.IndirectProvider(PartnerId.of("1234567"));
    private final CartChecks checks = new CartChecks(catalog, subscriptions, partner);

    public final Outcomes outcomes;
    public final CreateCartService createCart;
    public final UpdateCartService updateCart;
    public final GetCartService getCart = new GetCartService(access, carts);
    public final CheckoutCartService checkout;
    public final RecoverCheckoutsService recovery;
    public final PlaceOrderService placeOrder;
    public final RecoverPendingOrdersService orderRecovery;
    public final GetOrderService getOrder = new GetOrderService(access, orders, partnerCenterOrders, transactions);
    public final ListOrdersService listOrders = new ListOrdersService(access, orders, partnerCenterOrders, transactions);
    public final OrderVisibility orderVisibility = new OrderVisibility(access, orders, partnerCenterOrders);
    public final GetOrderProvisioningStatusService orderProvisioningStatus =
            new GetOrderProvisioningStatusService(access, orderVisibility, partnerCenterOrders);
    public final FakePartnerCenterEntitlements entitlements = new FakePartnerCenterEntitlements();
    public final ListSubscriptionsService listSubscriptions = new ListSubscriptionsService(access, subscriptions);
    public final GetSubscriptionService getSubscription = new GetSubscriptionService(access, subscriptions);
    public final ListEntitlementsService listEntitlements = new ListEntitlementsService(access, orderVisibility, entitlements);
    public final GetReservationDetailsService reservationDetails = new GetReservationDetailsService(access, orderVisibility, entitlements);
    public final GetActivationLinksService activationLinks = new GetActivationLinksService(access, orderVisibility, partnerCenterOrders);
    public final FakePartnerCenterInvoices invoices = new FakePartnerCenterInvoices();
    public final ReadInvoicesService readInvoices = new ReadInvoicesService(invoices);
    public final ReadInvoiceLineItemsService invoiceLineItems = new ReadInvoiceLineItemsService(access, invoices);
    public final ReconcileInvoiceService reconcile = new ReconcileInvoiceService(invoices, orders);

    /** The services, telling what they did to a {@link RecordingOutcomes}. */
    public Purchasing() {
        this(new RecordingOutcomes());
    }

    /** @param outcomes told what the services did, inside the units of work that store it */
    public Purchasing(Outcomes outcomes) {
        this(outcomes, PurchaseCaps.NONE);
    }

    /** The services, holding purchases to these caps. */
    public Purchasing(PurchaseCaps caps) {
        this(new RecordingOutcomes(), caps);
    }

    private Purchasing(Outcomes outcomes, PurchaseCaps caps) {
        this.outcomes = outcomes;
        PurchaseCapChecks capChecks = new PurchaseCapChecks(caps, orders);
        createCart = new CreateCartService(access, checks, capChecks, partnerCenterCarts, carts, outcomes, transactions, clock, ids);
        updateCart = new UpdateCartService(access, checks, capChecks, partnerCenterCarts, carts, carts, outcomes, transactions, clock, ids, timings);
        checkout = new CheckoutCartService(access, partnerCenterCarts, carts, carts, orders, audit, outcomes, transactions, clock,
                ids, pause, timings, capChecks, heldReleases);
        recovery = new RecoverCheckoutsService(partnerCenterCarts, carts, carts, orders, audit, outcomes, transactions, clock,
                ids, timings, 10, heldReleases);
        placeOrder = new PlaceOrderService(access, new OrderChecks(catalog, partner), partnerCenterOrders, placements, orders, audit,
                outcomes, transactions, clock, ids, pause, timings, capChecks, heldReleases);
        orderRecovery = new RecoverPendingOrdersService(partnerCenterOrders, placements, orders, audit, outcomes, transactions, clock,
                ids, timings, 10, heldReleases);
    }

    /** A cart of one NCE licence, P1M billed monthly. */
    public static CartDraft licenceCart(int quantity) {
        return CartDraft.of(CUSTOMER, java.util.List.of(CartLine.of(BUSINESS_BASIC, quantity, BillingCycle.MONTHLY)
                .withTermDuration(TermDuration.ONE_MONTH)));
    }

    /** An order of the customer: one line of three licences, billed monthly in US dollars. */
    public static Order anOrder(String id, OrderStatus status, Instant creationDate) {
        return new Order(OrderId.of(id), CUSTOMER, BillingCycle.MONTHLY, Optional.of(CurrencyCode.of("USD")),
                java.util.List.of(OrderLineItem.of(0, BUSINESS_BASIC, 3)), status, creationDate);
    }

    /** A direct order for the customer of {@code quantity} Intune Device licences, its reseller on record. */
    public static NewOrder intuneOrder(int quantity) {
        return new NewOrder(CUSTOMER, Optional.of(CUSTOMER), BillingCycle.UNKNOWN, java.util.List.of(
                NewOrderLine.of(0, CatalogExamples.INTUNE_DEVICE.id(), quantity).withPartnerIdOnRecord(RESELLER)));
    }

    /** Places the order for the partner's systems, with this idempotency key. */
    public Order place(NewOrder order, String idempotencyKey) {
        return placeOrder.place(new PlaceOrderCommand(PARTNER_SYSTEMS, order, Optional.of(idempotencyKey)));
    }

    public Cart aCart() {
        return createCart.create(new CreateCartCommand(PARTNER_SYSTEMS, licenceCart(3), Optional.empty()));
    }

    public CheckoutResult checkOut(Cart cart) {
        return checkout.checkout(new CheckoutCartCommand(PARTNER_SYSTEMS, cart.customerId(), cart.id()));
    }
}

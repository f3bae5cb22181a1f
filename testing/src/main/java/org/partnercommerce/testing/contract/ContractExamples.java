package org.partnercommerce.testing.contract;

import static org.partnercommerce.testing.fake.CatalogExamples.BUSINESS_BASIC;
import static org.partnercommerce.testing.fake.CatalogExamples.BUSINESS_BASIC_SKU;
import static org.partnercommerce.testing.fake.CatalogExamples.US;
import static org.partnercommerce.testing.fake.CatalogExamples.businessBasicIn;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CartLineItem;
import org.partnercommerce.domain.cart.CheckoutAttempt;
import org.partnercommerce.domain.cart.CheckoutRefusal;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.cart.CustomTermEndDate;
import org.partnercommerce.domain.cart.Participant;
import org.partnercommerce.domain.cart.PromotionId;
import org.partnercommerce.domain.cart.ProvisioningContext;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.cart.Quantity;
import org.partnercommerce.domain.cart.RenewsTo;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.LineTransactionType;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderClient;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderLineItemLinks;
import org.partnercommerce.domain.order.OrderLinks;
import org.partnercommerce.domain.order.OrderPlacement;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.OrderTransactionType;
import org.partnercommerce.domain.order.PurchaseOptions;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.order.ValidatedOrder;

/**
 * Carts and orders with every field set, for the contracts of the stores. Instants have
 * microsecond precision, as {@code timestamp with time zone} keeps them.
 */
public final class ContractExamples {

    /** The present moment of the examples. */
    public static final Instant NOW = Instant.parse("2026-03-02T10:15:30.123456Z");

    public static final CatalogItemId.Modern BUSINESS_BASIC_ITEM =
            (CatalogItemId.Modern) CatalogItemId.parse("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P");

    private ContractExamples() {
    }

    public static CustomerId aCustomer() {
        return CustomerId.of(UUID.randomUUID().toString());
    }

    public static CartId aCartId() {
        return CartId.of(UUID.randomUUID().toString());
    }

    public static RequestId aRequestId() {
        return RequestId.of(UUID.randomUUID().toString());
    }

    /** An order id of the new-commerce form, 12 hexadecimal digits; the same order in every collation. */
    public static OrderId anOrderId() {
        return OrderId.of(UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    public static Pricing pricing(String currency) {
        CurrencyCode code = CurrencyCode.of(currency);
        return new Pricing(Money.of("36.48", currency), Money.of("30.1234567891", currency), Money.of("-2.5", currency),
                Money.of(BigDecimal.ZERO, code), Money.of("123456789012345678.0000000001", currency));
    }

    private static Map<String, String> provisioningContext() {
        Map<String, String> context = new LinkedHashMap<>();
        context.put("subscriptionId", "6d1b4a0e-6e0b-4a2f-9f6a-5f8a7e1c2b3d");
        context.put("scope", "shared");
        context.put("duration", "1Year");
        return context;
    }

    /** A line with every field a line can have, Partner Center's price and error included. */
    public static CartLineItem everyFieldLine(int id) {
        Map<String, String> provisioning = new LinkedHashMap<>();
        provisioning.put("subscriptionId", "6d1b4a0e-6e0b-4a2f-9f6a-5f8a7e1c2b3d");
        provisioning.put("scope", "shared");
        provisioning.put("duration", "P1Y");
        CartLine line = new CartLine(BUSINESS_BASIC_ITEM, Quantity.of(3), BillingCycle.ANNUAL,
                Optional.of(TermDuration.ONE_YEAR), Optional.of("Sales team, Zürich office"),
                Optional.of(CustomTermEndDate.of(LocalDate.of(2027, 2, 28))),
                Optional.of(PromotionId.of("39NFJQT1Q5KV:0002:39NFJQT1Q5M4")),
                List.of(Participant.transactionReseller("5357564"), Participant.additionalTransactionReseller("4847383"),
                        Participant.additionalTransactionReseller("1234567")),
                ProvisioningContext.of(provisioning), Optional.of(RenewsTo.of(TermDuration.ONE_MONTH)), true);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("availableQuantity", "2");
        details.put("purchasedQuantity", "5");
        return new CartLineItem(id, line, OrderGroup.modern(1), Optional.of(CurrencyCode.of("EUR")), Optional.of(pricing("EUR")),
                Optional.of(new CartError(10012, "The quantity is more than is available.", details)));
    }

    /** A line with nothing but what every line has: a legacy offer, no currency, no price, no error. */
    public static CartLineItem plainLine(int id) {
        return new CartLineItem(id, CartLine.of(CatalogItemId.parse("MS-AZR-0145P"), 1, BillingCycle.MONTHLY),
                OrderGroup.legacy(0), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A cart of two lines (every field, and the fewest), created an hour ago, in the given checkout state. */
    public static Cart cart(CustomerId customerId, CartId cartId, CheckoutState checkout) {
        Instant createdAt = NOW.minus(Duration.ofHours(1));
        return Cart.restore(cartId, customerId, List.of(everyFieldLine(0), plainLine(1)), true, createdAt, NOW,
                Optional.of("partner-caller"), createdAt.plus(Cart.LIFETIME), checkout, 0);
    }

    /** A cart that may be checked out: two lines (every field but an error, and the fewest), not checked out yet. */
    public static Cart newCart(CustomerId customerId) {
        CartLineItem priced = everyFieldLine(0);
        Instant createdAt = NOW.minus(Duration.ofHours(1));
        return Cart.restore(aCartId(), customerId,
                List.of(new CartLineItem(0, priced.line(), priced.orderGroup(), priced.currency(), priced.pricing(), Optional.empty()),
                        plainLine(1)),
                false, createdAt, NOW, Optional.empty(), createdAt.plus(Cart.LIFETIME),
                CheckoutState.notStarted(), 0);
    }

    /**
     * A validated direct order of two lines: a legacy offer with a friendly name (with characters
     * JSON escapes) and a partner on record, and a catalog item with neither; billed annual.
     */
    public static ValidatedOrder validatedOrder(CustomerId customerId) {
        return new ValidatedOrder(customerId, BillingCycle.ANNUAL, List.of(
                new ValidatedOrder.Line(0, CatalogItemId.parse("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"), 5,
                        Optional.of("Sales \"Zürich\"\n2nd floor"), Optional.of(PartnerId.of("4847383"))),
                new ValidatedOrder.Line(1, BUSINESS_BASIC_ITEM, 1, Optional.empty(), Optional.empty())));
    }

    /** A direct order of the customer, pending since {@code startedAt}. */
    public static OrderPlacement pendingPlacement(CustomerId customerId, Instant startedAt) {
        return OrderPlacement.start(aRequestId(), validatedOrder(customerId), Optional.of(PartnerId.of("5357564")), startedAt);
    }

    public static CheckoutState.NotStarted refused() {
        return new CheckoutState.NotStarted(Optional.of(
                new CheckoutRefusal(aRequestId(), "800002", "The cart is expired.", NOW.minusSeconds(30))));
    }

    public static CheckoutState.Pending pendingSince(Instant startedAt) {
        return new CheckoutState.Pending(new CheckoutAttempt(aRequestId(), startedAt));
    }

    public static CheckoutState.Completed completed(CustomerId customerId) {
        return new CheckoutState.Completed(new CheckoutAttempt(aRequestId(), NOW.minusSeconds(90)), result(customerId),
                NOW.minusSeconds(60));
    }

    /** A result with two orders and an order error: a partial success. */
    public static CheckoutResult result(CustomerId customerId) {
        return new CheckoutResult(
                List.of(order(customerId, anOrderId(), NOW.minusSeconds(61)), order(customerId, anOrderId(), NOW.minusSeconds(61))),
                List.of(new OrderError(OrderGroup.legacy(0), 800065, "The offer is not available in the customer's country.")));
    }

    /** An order of two lines, with every field an order can have: one line with every field, one with the fewest. */
    public static Order order(CustomerId customerId, OrderId orderId, Instant creationDate) {
        SubscriptionId subscription = SubscriptionId.of(UUID.randomUUID().toString());
        String self = "/customers/" + customerId + "/orders/" + orderId;
        String product = "/products/" + BUSINESS_BASIC_ITEM.productId().value();
        OrderLineItem everyField = OrderLineItem.of(0, BUSINESS_BASIC_ITEM, 3)
                .withTermDuration(TermDuration.ONE_YEAR)
                .withFriendlyName("Sales team")
                .withPartnersOnRecord(PartnerId.of("5357564"), List.of(PartnerId.of("4847383"), PartnerId.of("1234567")))
                .withPricing(pricing("USD"))
                .withSubscriptionId(subscription)
                .withTransactionType(LineTransactionType.ADD_QUANTITY)
                .withPurchase(new PurchaseOptions(Optional.of(TermDuration.ONE_MONTH), Optional.of("39NFJQT1Q5KV:0002:39NFJQT1Q5M4"),
                        Optional.of(Instant.parse("2027-02-28T00:00:00Z")), provisioningContext(), Optional.of(true),
                        Optional.of(SubscriptionId.of("6d1b4a0e-6e0b-4a2f-9f6a-5f8a7e1c2b3d"))))
                .withLinks(new OrderLineItemLinks(Optional.of(ResourceLink.get(product + "?country=US")),
                        Optional.of(ResourceLink.get(product + "/skus/" + BUSINESS_BASIC_ITEM.skuId().value() + "?country=US")),
                        Optional.of(ResourceLink.get(product + "/skus/" + BUSINESS_BASIC_ITEM.skuId().value() + "/availabilities/"
                                + BUSINESS_BASIC_ITEM.availabilityId().value() + "?country=US")),
                        Optional.of(ResourceLink.get("/customers/" + customerId + "/subscriptions/" + subscription)),
                        Optional.of(ResourceLink.get("/subscriptions/" + subscription + "/provisioningstatus")),
                        Optional.of(ResourceLink.get(self + "/lineitems/0/activationlinks"))));
        OrderLineItem fewest = OrderLineItem.of(1, CatalogItemId.parse("MS-AZR-0145P"), 1);
        Map<String, String> client = new LinkedHashMap<>();
        client.put("name", "Partner Center Web");
        client.put("marketplaceCountry", "US");
        client.put("deviceFamily", "Ünïcödé \"quoted\"");
        return new Order(orderId, Optional.of(orderId.value()), customerId, BillingCycle.ANNUAL, Optional.of(CurrencyCode.of("USD")),
                Optional.of("US$"), List.of(everyField, fewest), OrderStatus.PENDING, creationDate,
                Optional.of(OrderTransactionType.SYSTEM_PURCHASE), Optional.of(Money.of("1234567890.0123456789", "USD")),
                Optional.of(false), Optional.of(new OrderClient(client)),
                new OrderLinks(Optional.of(ResourceLink.get(self)), Optional.of(ResourceLink.get(self + "/provisioningstatus")),
                        Optional.of(new ResourceLink(self, "PATCH", List.of(new ResourceLink.Header("If-Match", "W/\"2\""))))),
                Optional.of("eyJpZCI6IjNlZGRjYWM2LTYzYjItNGM0MC1iMGI2LWY0N2UxODMwMTQ5MiIsInZlcnNpb24iOjF9"));
    }

    /** An order of one plain line, in no currency (a legacy order). */
    public static Order plainOrder(CustomerId customerId, OrderId orderId, Instant creationDate) {
        return new Order(orderId, customerId, BillingCycle.MONTHLY, Optional.empty(),
                List.of(OrderLineItem.of(0, CatalogItemId.parse("MS-AZR-0145P"), 1)), OrderStatus.COMPLETED, creationDate);
    }

    /**
     * New content for a customer's cart, validated against a one-item catalog: the Business
     * Basic licence, monthly, once per quantity given (so as many lines).
     */
    public static ValidatedCart newContent(CustomerId customerId, int... quantities) {
        Catalog catalog = Catalog.of(CatalogItem.modern(BUSINESS_BASIC, BUSINESS_BASIC_SKU, businessBasicIn(US, "USD")));
        List<CartLine> lines = Arrays.stream(quantities)
                .mapToObj(quantity -> CartLine.of(BUSINESS_BASIC_ITEM, quantity, BillingCycle.MONTHLY)
                        .withTermDuration(TermDuration.ONE_MONTH).withFriendlyName("Seats " + quantity))
                .toList();
        PurchaseContext purchase = PurchaseContext.of(Customer.commercial(customerId, US),
                new Partner.DirectBillPartner(PartnerId.of("9999999")));
        return CartDraft.of(customerId, lines).validate(catalog, purchase, NOW).orElseThrow();
    }
}

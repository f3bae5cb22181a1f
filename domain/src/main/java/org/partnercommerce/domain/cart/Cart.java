package org.partnercommerce.domain.cart;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.shared.CartStateViolation;

/**
 * A customer's cart, as Partner Center keeps it under its id. Created {@code Active} from
 * a {@link ValidatedCart}, with at least one line numbered 0..n-1; expires
 * {@link #LIFETIME 7 days} after creation, and updates do not move the expiry. An expired
 * cart can be neither updated nor checked out; an update replaces every line.
 *
 * <p>Checkout is a state machine ({@link CheckoutState}): {@code Active} → pending, with
 * the request id that will be used upstream → {@code Ordered}, with its result. Checking
 * out an ordered cart again answers the same result; a pending checkout is driven to its
 * end with its own request id, never a new one. A pending checkout is finished even if
 * the cart expires meanwhile: Partner Center may have ordered already.
 *
 * <p>A cart carries the {@linkplain #version() version} of the kept cart it was read at, so
 * that a store keeps a change only over the state it was made from.
 */
public final class Cart {

    /** How long a cart lives after its creation. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    private final CartId id;
    private final CustomerId customerId;
    private final Instant createdAt;
    private final Instant expiresAt;
    private List<CartLineItem> lineItems;
    private boolean partnerOnRecordAttestationAccepted;
    private Instant lastModifiedAt;
    private CheckoutState checkout;
    private final long version;

    private Cart(CartId id, CustomerId customerId, List<CartLineItem> lineItems, boolean partnerOnRecordAttestationAccepted,
                 Instant createdAt, Instant lastModifiedAt, Instant expiresAt, CheckoutState checkout, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.lineItems = numbered(lineItems);
        this.partnerOnRecordAttestationAccepted = partnerOnRecordAttestationAccepted;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastModifiedAt = Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.checkout = Objects.requireNonNull(checkout, "checkout");
        if (version < 0) {
            throw new IllegalArgumentException("A cart's version is 0 or more; got " + version);
        }
        this.version = version;
    }

    /** The cart Partner Center created under {@code id}, as we validated and grouped it. */
    public static Cart create(CartId id, ValidatedCart content, Instant now) {
        return create(id, content, List.of(), now);
    }

    /**
     * The cart Partner Center created under {@code id}, with what it answered for each line:
     * its order groups, currencies, prices and line errors win over ours.
     */
    public static Cart create(CartId id, ValidatedCart content, List<LineConfirmation> confirmations, Instant now) {
        Objects.requireNonNull(now, "now");
        return new Cart(id, content.customerId(), confirmed(content.lineItems(), confirmations),
                content.partnerOnRecordAttestationAccepted(), now, now, now.plus(LIFETIME), CheckoutState.notStarted(), 0);
    }

    /** The one way back from storage: the cart exactly as it was kept, at the version it was kept at. */
    public static Cart restore(CartId id, CustomerId customerId, List<CartLineItem> lineItems,
                               boolean partnerOnRecordAttestationAccepted, Instant createdAt, Instant lastModifiedAt,
                               Instant expiresAt, CheckoutState checkout, long version) {
        return new Cart(id, customerId, lineItems, partnerOnRecordAttestationAccepted, createdAt, lastModifiedAt, expiresAt,
                checkout, version);
    }

    /**
     * Refuses, before anything is sent upstream, an update the cart cannot take: it is
     * expired, ordered, or being checked out.
     */
    public void requireUpdatable(Instant now) {
        switch (checkout) {
            case CheckoutState.Completed completed -> throw new CartStateViolation.CartAlreadyOrdered(id.value());
            case CheckoutState.Pending pending -> throw new CartStateViolation.CheckoutInProgress(id.value());
            case CheckoutState.NotStarted notStarted -> requireNotExpired(now);
        }
    }

    /** Replaces every line with the validated new content; the expiry does not move. */
    public void update(ValidatedCart content, Instant now) {
        update(content, List.of(), now);
    }

    /** Replaces every line with the validated new content, as Partner Center confirmed it; the expiry does not move. */
    public void update(ValidatedCart content, List<LineConfirmation> confirmations, Instant now) {
        requireUpdatable(now);
        if (!content.customerId().equals(customerId)) {
            throw new CartStateViolation.OtherCustomersCart(id.value(), content.customerId().value());
        }
        this.lineItems = numbered(confirmed(content.lineItems(), confirmations));
        this.partnerOnRecordAttestationAccepted = content.partnerOnRecordAttestationAccepted();
        this.lastModifiedAt = now;
    }

    /**
     * Asks the cart to check out. An active cart moves to pending with this request id
     * (refused if it is expired or Partner Center set errors on its lines); a pending one
     * keeps its own request id; an ordered one answers its result.
     */
    public CheckoutStep startCheckout(RequestId requestId, Instant now) {
        Objects.requireNonNull(requestId, "requestId");
        return switch (checkout) {
            case CheckoutState.Completed completed -> new CheckoutStep.AlreadyOrdered(completed.result());
            case CheckoutState.Pending pending -> new CheckoutStep.Resumed(pending.attempt());
            case CheckoutState.NotStarted notStarted -> {
                requireNotExpired(now);
                requireNoLineErrors();
                CheckoutAttempt attempt = new CheckoutAttempt(requestId, now);
                checkout = new CheckoutState.Pending(attempt);
                lastModifiedAt = now;
                yield new CheckoutStep.Started(attempt);
            }
        };
    }

    /**
     * Records what the pending checkout made; the cart is then ordered. Recording again
     * keeps the first result (Partner Center answers a repeated checkout with the same one)
     * and answers it.
     */
    public CheckoutResult recordCheckout(CheckoutResult result, Instant now) {
        Objects.requireNonNull(result, "result");
        return switch (checkout) {
            case CheckoutState.Completed completed -> completed.result();
            case CheckoutState.NotStarted notStarted -> throw new CartStateViolation.CheckoutNotStarted(id.value());
            case CheckoutState.Pending pending -> {
                checkout = new CheckoutState.Completed(pending.attempt(), result, now);
                lastModifiedAt = now;
                yield result;
            }
        };
    }

    /**
     * Records Partner Center's definite refusal of the pending checkout: nothing was
     * ordered, the cart is active again, and the next checkout uses a new request id.
     */
    public void recordCheckoutRefusal(String code, String description, Instant now) {
        if (!(checkout instanceof CheckoutState.Pending pending)) {
            throw new CartStateViolation.CheckoutNotStarted(id.value());
        }
        checkout = new CheckoutState.NotStarted(Optional.of(
                new CheckoutRefusal(pending.attempt().requestId(), code, description, now)));
        lastModifiedAt = now;
    }

    /** The lines by order group, groups in order of first appearance: one order each at checkout. */
    public List<OrderGroupLines> orderGroups() {
        Map<OrderGroup, List<CartLineItem>> byGroup = new LinkedHashMap<>();
        for (CartLineItem item : lineItems) {
            byGroup.computeIfAbsent(item.orderGroup(), group -> new ArrayList<>()).add(item);
        }
        return byGroup.entrySet().stream().map(entry -> new OrderGroupLines(entry.getKey(), entry.getValue())).toList();
    }

    /** Whether the cart's lifetime is over at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public CartStatus status() {
        return checkout instanceof CheckoutState.Completed ? CartStatus.ORDERED : CartStatus.ACTIVE;
    }

    public CartId id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public List<CartLineItem> lineItems() {
        return lineItems;
    }

    public CartLineItem lineItem(int lineId) {
        return lineItems.get(lineId);
    }

    public boolean partnerOnRecordAttestationAccepted() {
        return partnerOnRecordAttestationAccepted;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public CheckoutState checkout() {
        return checkout;
    }

    /**
     * The version of the kept cart this one was read at: {@code 0} for a new cart, the kept
     * one's for a {@linkplain #restore restored} cart. No change moves it. A store keeps this
     * cart's changes only while the kept cart is still at this version (and then moves the kept
     * cart past it), so a change made from a read that another save overtook is refused, never
     * written over the other; to change the cart again, read it again.
     */
    public long version() {
        return version;
    }

    private void requireNotExpired(Instant now) {
        if (isExpiredAt(Objects.requireNonNull(now, "now"))) {
            throw new CartStateViolation.CartExpired(id.value(), expiresAt);
        }
    }

    private void requireNoLineErrors() {
        List<Integer> failing = lineItems.stream().filter(item -> item.error().isPresent()).map(CartLineItem::id).toList();
        if (!failing.isEmpty()) {
            throw new CartStateViolation.CartHasLineErrors(id.value(), failing);
        }
    }

    private static List<CartLineItem> confirmed(List<CartLineItem> items, List<LineConfirmation> confirmations) {
        List<CartLineItem> result = new ArrayList<>(items);
        for (LineConfirmation confirmation : confirmations) {
            if (confirmation.lineId() >= result.size()) {
                throw new IllegalArgumentException("Partner Center confirmed line " + confirmation.lineId()
                        + " of a cart of " + result.size() + " lines");
            }
            result.set(confirmation.lineId(), result.get(confirmation.lineId()).confirmedBy(confirmation));
        }
        return result;
    }

    private static List<CartLineItem> numbered(List<CartLineItem> items) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("A cart has at least one line");
        }
        if (!IntStream.range(0, items.size()).allMatch(index -> items.get(index).id() == index)) {
            throw new IllegalArgumentException("Cart lines are numbered 0..n-1 in order");
        }
        return List.copyOf(items);
    }

    @Override
    public String toString() {
        return "Cart[" + id + ", customer " + customerId + ", " + status().wireName() + ", " + lineItems.size() + " lines]";
    }
}

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
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.order.CheckoutResult;
import org.partnercommerce.domain.order.OrderError;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.shared.CartStateViolation;

/**
 * A customer's cart, as Partner Center keeps it under its id. Created {@code Active} from
 * a {@link ValidatedCart}, with at least one line numbered 0..n-1; expires
 * {@link #LIFETIME 7 days} after creation, and updates do not move the expiry. An expired
 * cart can be neither updated nor checked out; an update replaces every line.
 *
 * <p>Checkout is a state machine ({@link CheckoutState}): {@code Active} → pending, with
 * the request id that will be used upstream → completed, with its result: {@code Ordered}
 * when every order group was ordered. Checking out an ordered cart again answers the same
 * result; checking out a cart whose checkout left failed groups re-attempts exactly those
 * groups, with a new request id, and the groups ordered before stay as they are. A pending
 * checkout is driven to its end with its own request id, never a new one, and is finished
 * even if the cart expires meanwhile: Partner Center may have ordered already.
 *
 * <p>Partner Center's expiry wins over ours when it gives one; the user who last changed the
 * cart (created, updated or checked it out) is kept as {@code lastModifiedUser}.
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
    private Optional<String> lastModifiedUser;
    private CheckoutState checkout;
    private final long version;

    private Cart(CartId id, CustomerId customerId, List<CartLineItem> lineItems, boolean partnerOnRecordAttestationAccepted,
                 Instant createdAt, Instant lastModifiedAt, Optional<String> lastModifiedUser, Instant expiresAt,
                 CheckoutState checkout, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.lineItems = numbered(lineItems);
        this.partnerOnRecordAttestationAccepted = partnerOnRecordAttestationAccepted;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastModifiedAt = Objects.requireNonNull(lastModifiedAt, "lastModifiedAt");
        this.lastModifiedUser = Objects.requireNonNullElse(lastModifiedUser, Optional.empty());
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.checkout = Objects.requireNonNull(checkout, "checkout");
        if (version < 0) {
            throw new IllegalArgumentException("A cart's version is 0 or more; got " + version);
        }
        this.version = version;
    }

    /** The cart Partner Center created under {@code id}, as we validated and grouped it; by nobody named. */
    public static Cart create(CartId id, ValidatedCart content, Instant now) {
        return create(id, content, List.of(), now, Optional.empty(), Optional.empty());
    }

    /**
     * The cart Partner Center created under {@code id} at {@code createdAt}, with what it
     * answered for each line: its order groups, currencies, prices and line errors win over
     * ours. It expires when Partner Center said ({@code expiresAt}), or {@link #LIFETIME}
     * after creation.
     *
     * @param user who asked for it
     */
    public static Cart create(CartId id, ValidatedCart content, List<LineConfirmation> confirmations, Instant createdAt,
                              Optional<Instant> expiresAt, Optional<String> user) {
        Objects.requireNonNull(createdAt, "createdAt");
        return new Cart(id, content.customerId(), confirmed(content.lineItems(), confirmations),
                content.partnerOnRecordAttestationAccepted(), createdAt, createdAt, user,
                expiresAt.orElse(createdAt.plus(LIFETIME)), CheckoutState.notStarted(), 0);
    }

    /** The one way back from storage: the cart exactly as it was kept, at the version it was kept at. */
    public static Cart restore(CartId id, CustomerId customerId, List<CartLineItem> lineItems,
                               boolean partnerOnRecordAttestationAccepted, Instant createdAt, Instant lastModifiedAt,
                               Optional<String> lastModifiedUser, Instant expiresAt, CheckoutState checkout, long version) {
        return new Cart(id, customerId, lineItems, partnerOnRecordAttestationAccepted, createdAt, lastModifiedAt,
                lastModifiedUser, expiresAt, checkout, version);
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
        update(content, List.of(), now, lastModifiedUser);
    }

    /**
     * Replaces every line with the validated new content, as Partner Center confirmed it (its
     * line errors included); the expiry does not move.
     */
    public void update(ValidatedCart content, List<LineConfirmation> confirmations, Instant now, Optional<String> user) {
        requireUpdatable(now);
        if (!content.customerId().equals(customerId)) {
            throw new CartStateViolation.OtherCustomersCart(id.value(), content.customerId().value());
        }
        this.lineItems = numbered(confirmed(content.lineItems(), confirmations));
        this.partnerOnRecordAttestationAccepted = content.partnerOnRecordAttestationAccepted();
        modified(now, user);
    }

    /** Asks the cart to check out, for nobody named; see {@link #startCheckout(RequestId, Instant, Optional)}. */
    public CheckoutStep startCheckout(RequestId requestId, Instant now) {
        return startCheckout(requestId, now, lastModifiedUser);
    }

    /**
     * Asks the cart to check out. An active cart moves to pending with this request id
     * (refused if it is expired or Partner Center set errors on its lines); a pending one
     * keeps its own request id; an ordered one answers its result; one whose checkout left
     * failed groups re-attempts them: pending with this request id (refused if it is expired).
     */
    public CheckoutStep startCheckout(RequestId requestId, Instant now, Optional<String> user) {
        return startCheckout(requestId, now, user, Optional.empty());
    }

    /**
     * Asks the cart to check out, as {@link #startCheckout(RequestId, Instant, Optional)} does; a
     * checkout it starts remembers the indirect reseller who bought with its own token, if one did.
     */
    public CheckoutStep startCheckout(RequestId requestId, Instant now, Optional<String> user, Optional<PartnerId> buyingReseller) {
        Objects.requireNonNull(requestId, "requestId");
        return switch (checkout) {
            case CheckoutState.Completed completed when !completed.result().hasFailedGroups() ->
                    new CheckoutStep.AlreadyOrdered(completed.result());
            case CheckoutState.Completed completed -> {
                requireNotExpired(now);
                yield start(new CheckoutState.Pending(new CheckoutAttempt(requestId, now, buyingReseller), Optional.of(completed.result())),
                        user);
            }
            case CheckoutState.Pending pending -> new CheckoutStep.Resumed(pending.attempt());
            case CheckoutState.NotStarted notStarted -> {
                requireNotExpired(now);
                requireNoLineErrors();
                yield start(new CheckoutState.Pending(new CheckoutAttempt(requestId, now, buyingReseller)), user);
            }
        };
    }

    private CheckoutStep start(CheckoutState.Pending pending, Optional<String> user) {
        checkout = pending;
        modified(pending.attempt().startedAt(), user);
        return new CheckoutStep.Started(pending.attempt());
    }

    /**
     * Records what the pending checkout made: for a re-attempt, merged with what the earlier
     * ones made ({@link CheckoutResult#reattemptedAs}); the cart is ordered when no group failed.
     * Recording again keeps the first result (Partner Center answers a repeated checkout with
     * the same one) and answers it.
     */
    public CheckoutResult recordCheckout(CheckoutResult result, Instant now) {
        Objects.requireNonNull(result, "result");
        return switch (checkout) {
            case CheckoutState.Completed completed -> completed.result();
            case CheckoutState.NotStarted notStarted -> throw new CartStateViolation.CheckoutNotStarted(id.value());
            case CheckoutState.Pending pending -> {
                CheckoutResult made = pending.earlier().map(earlier -> earlier.reattemptedAs(result)).orElse(result);
                checkout = new CheckoutState.Completed(pending.attempt(), made, now);
                lastModifiedAt = now;
                yield made;
            }
        };
    }

    /**
     * Records Partner Center's definite refusal of the pending checkout: nothing was
     * ordered. After a first checkout the cart is active again, and the next checkout uses a
     * new request id; a refused re-attempt leaves the cart as the earlier checkouts left it,
     * its failed groups to be re-attempted again.
     */
    public void recordCheckoutRefusal(String code, String description, Instant now) {
        if (!(checkout instanceof CheckoutState.Pending pending)) {
            throw new CartStateViolation.CheckoutNotStarted(id.value());
        }
        checkout = pending.earlier()
                .<CheckoutState>map(earlier -> new CheckoutState.Completed(pending.attempt(), earlier, now))
                .orElseGet(() -> new CheckoutState.NotStarted(Optional.of(
                        new CheckoutRefusal(pending.attempt().requestId(), code, description, now))));
        lastModifiedAt = now;
    }

    /** What the cart's checkouts have made so far: nothing before the first ended. */
    public Optional<CheckoutResult> checkoutResult() {
        return switch (checkout) {
            case CheckoutState.NotStarted notStarted -> Optional.empty();
            case CheckoutState.Pending pending -> pending.earlier();
            case CheckoutState.Completed completed -> Optional.of(completed.result());
        };
    }

    /** Where each order group stands, groups in order of first appearance. */
    public List<OrderGroupState> orderGroupStates() {
        Optional<CheckoutResult> made = checkoutResult();
        boolean pending = checkout instanceof CheckoutState.Pending;
        return orderGroups().stream().map(OrderGroupLines::group).map(group -> {
            Optional<OrderError> error = made.flatMap(result -> result.errorOf(group));
            if (made.isPresent() && error.isEmpty()) {
                return OrderGroupState.ordered(group);
            }
            if (pending) {
                return OrderGroupState.pending(group);
            }
            return error.map(OrderGroupState::failed).orElseGet(() -> OrderGroupState.notCheckedOut(group));
        }).toList();
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
        return checkout instanceof CheckoutState.Completed completed && !completed.result().hasFailedGroups()
                ? CartStatus.ORDERED : CartStatus.ACTIVE;
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

    /** Who last created, updated or checked out the cart, where known. */
    public Optional<String> lastModifiedUser() {
        return lastModifiedUser;
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

    private void modified(Instant now, Optional<String> user) {
        lastModifiedAt = now;
        lastModifiedUser = Objects.requireNonNull(user, "user").or(() -> lastModifiedUser);
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

package org.partnercommerce.adapter.out.persistence.cart;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.persistence.Rows;
import org.partnercommerce.domain.cart.Cart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.CheckoutAttempt;
import org.partnercommerce.domain.cart.CheckoutRefusal;
import org.partnercommerce.domain.cart.CheckoutState;
import org.partnercommerce.domain.cart.RequestId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;

/**
 * A row of {@code carts}: a {@link Cart} with its checkout state in columns, its lines in child
 * tables and what its checkouts made as one JSON document ({@link CheckoutResultDocument}):
 * the result of a completed checkout, or, while a re-attempt of failed groups is pending, the
 * result it started from. The lease of {@code CartClaims}
 * ({@code claimant}, {@code claimed_until}) lives on the same row but is not mapped here:
 * saving a cart never touches it.
 */
@Entity
@Table(name = "carts")
public class CartEntity {

    static final String NOT_STARTED = "NOT_STARTED";
    static final String PENDING = "PENDING";
    static final String COMPLETED = "COMPLETED";

    @Id
    @Column(name = "id", length = 36, nullable = false)
    String id;

    @Column(name = "customer_id", length = 36, nullable = false, updatable = false)
    String customerId;

    @Column(name = "partner_on_record_attestation_accepted", nullable = false)
    boolean partnerOnRecordAttestationAccepted;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "last_modified_at", nullable = false)
    Instant lastModifiedAt;

    @Column(name = "last_modified_user", length = 200)
    String lastModifiedUser;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    @Column(name = "checkout_state", length = 16, nullable = false)
    String checkoutState;

    @Column(name = "checkout_request_id", length = 36)
    String checkoutRequestId;

    @Column(name = "checkout_started_at")
    Instant checkoutStartedAt;

    /** The indirect reseller who started the checkout with its own token; null for the partner's. */
    @Column(name = "checkout_reseller", length = 10)
    String checkoutReseller;

    @Column(name = "checkout_completed_at")
    Instant checkoutCompletedAt;

    @Column(name = "refusal_request_id", length = 36)
    String refusalRequestId;

    @Column(name = "refusal_code", length = 200)
    String refusalCode;

    @Column(name = "refusal_description")
    String refusalDescription;

    @Column(name = "refused_at")
    Instant refusedAt;

    /** What the checkouts made: a completed checkout's result, a pending re-attempt's starting point; null before. */
    @Column(name = "checkout_result")
    String checkoutResult;

    /** The cart's {@linkplain Cart#version() version}: set by {@link PanacheCarts}, not by Hibernate. */
    @Column(name = "version", nullable = false)
    long version;

    @OneToMany(mappedBy = "cart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineId")
    List<CartLineItemEntity> lines = new ArrayList<>();

    protected CartEntity() {
    }

    public static CartEntity from(Cart cart) {
        CartEntity entity = new CartEntity();
        entity.id = cart.id().value();
        entity.customerId = cart.customerId().value();
        entity.createdAt = cart.createdAt();
        entity.version = cart.version();
        entity.copy(cart);
        return entity;
    }

    /** Takes the cart's present state as the version after the one it was read at. */
    void update(Cart cart) {
        copy(cart);
        version = cart.version() + 1;
    }

    /** Takes the cart's present state: lines, attestation, dates and checkout. */
    private void copy(Cart cart) {
        partnerOnRecordAttestationAccepted = cart.partnerOnRecordAttestationAccepted();
        lastModifiedAt = cart.lastModifiedAt();
        lastModifiedUser = cart.lastModifiedUser().orElse(null);
        expiresAt = cart.expiresAt();
        Rows.sync(lines, cart.lineItems(), CartLineItemEntity::copy, (index, item) -> CartLineItemEntity.from(this, item));
        copyCheckout(cart.checkout());
    }

    private void copyCheckout(CheckoutState checkout) {
        refusalRequestId = null;
        refusalCode = null;
        refusalDescription = null;
        refusedAt = null;
        checkoutCompletedAt = null;
        switch (checkout) {
            case CheckoutState.NotStarted notStarted -> {
                checkoutState = NOT_STARTED;
                copyAttempt(null);
                checkoutResult = null;
                notStarted.lastRefusal().ifPresent(refusal -> {
                    refusalRequestId = refusal.requestId().value();
                    refusalCode = refusal.code();
                    refusalDescription = refusal.description();
                    refusedAt = refusal.refusedAt();
                });
            }
            case CheckoutState.Pending pending -> {
                checkoutState = PENDING;
                copyAttempt(pending.attempt());
                checkoutResult = pending.earlier().map(CheckoutResultDocument::write).orElse(null);
            }
            case CheckoutState.Completed completed -> {
                checkoutState = COMPLETED;
                copyAttempt(completed.attempt());
                checkoutCompletedAt = completed.completedAt();
                checkoutResult = CheckoutResultDocument.write(completed.result());
            }
        }
    }

    private void copyAttempt(CheckoutAttempt attempt) {
        checkoutRequestId = attempt == null ? null : attempt.requestId().value();
        checkoutStartedAt = attempt == null ? null : attempt.startedAt();
        checkoutReseller = attempt == null ? null : attempt.buyingReseller().map(PartnerId::value).orElse(null);
    }

    public Cart toDomain() {
        return Cart.restore(CartId.of(id), CustomerId.of(customerId), lines.stream().map(CartLineItemEntity::toDomain).toList(),
                partnerOnRecordAttestationAccepted, createdAt, lastModifiedAt, Optional.ofNullable(lastModifiedUser), expiresAt,
                checkout(), version);
    }

    private CheckoutState checkout() {
        return switch (checkoutState) {
            case NOT_STARTED -> new CheckoutState.NotStarted(Optional.ofNullable(refusalRequestId)
                    .map(requestId -> new CheckoutRefusal(RequestId.of(requestId), refusalCode, refusalDescription, refusedAt)));
            case PENDING -> new CheckoutState.Pending(attempt(),
                    Optional.ofNullable(checkoutResult).map(CheckoutResultDocument::read));
            case COMPLETED -> new CheckoutState.Completed(attempt(), CheckoutResultDocument.read(checkoutResult),
                    checkoutCompletedAt);
            default -> throw new IllegalStateException("Cart " + id + " has an unknown checkout state " + checkoutState);
        };
    }

    private CheckoutAttempt attempt() {
        return new CheckoutAttempt(RequestId.of(checkoutRequestId), checkoutStartedAt,
                Optional.ofNullable(checkoutReseller).map(PartnerId::of));
    }

    public String id() {
        return id;
    }

    public String customerId() {
        return customerId;
    }

    public long version() {
        return version;
    }
}

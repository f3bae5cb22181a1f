package org.partnercommerce.adapter.out.persistence.cart;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.adapter.out.persistence.PricingColumns;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.cart.CartError;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CartLineItem;
import org.partnercommerce.domain.cart.CustomTermEndDate;
import org.partnercommerce.domain.cart.PromotionId;
import org.partnercommerce.domain.cart.ProvisioningContext;
import org.partnercommerce.domain.cart.Quantity;
import org.partnercommerce.domain.cart.RenewsTo;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.order.OrderGroup;

/** A row of {@code cart_line_items}: one {@link CartLineItem}, keyed by its cart and its line id (0..n-1). */
@Entity
@Table(name = "cart_line_items")
@IdClass(CartLineItemEntity.Key.class)
public class CartLineItemEntity {

    /** The key: the cart's id and the line's. */
    public static class Key implements Serializable {

        String cart;
        int lineId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(cart, that.cart) && lineId == that.lineId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cart, lineId);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cart_id", nullable = false)
    CartEntity cart;

    @Id
    @Column(name = "line_id", nullable = false)
    int lineId;

    @Column(name = "catalog_item_id", length = 200, nullable = false)
    String catalogItemId;

    @Column(name = "quantity", nullable = false)
    int quantity;

    @Column(name = "billing_cycle", length = 16, nullable = false)
    String billingCycle;

    @Column(name = "term_duration", length = 16)
    String termDuration;

    @Column(name = "friendly_name")
    String friendlyName;

    @Column(name = "custom_term_end_date")
    LocalDate customTermEndDate;

    @Column(name = "promotion_id", length = 200)
    String promotionId;

    @Column(name = "renews_to_term_duration", length = 16)
    String renewsToTermDuration;

    @Column(name = "attestation_accepted", nullable = false)
    boolean attestationAccepted;

    @Column(name = "order_group", length = 32, nullable = false)
    String orderGroup;

    @Column(name = "currency", length = 3)
    String currency;

    @Embedded
    PricingColumns pricing;

    @Column(name = "error_code")
    Integer errorCode;

    @Column(name = "error_description")
    String errorDescription;

    @ElementCollection
    @CollectionTable(name = "cart_line_participants", joinColumns = {
            @JoinColumn(name = "cart_id", referencedColumnName = "cart_id"),
            @JoinColumn(name = "line_id", referencedColumnName = "line_id")})
    @OrderColumn(name = "list_index")
    List<ParticipantColumns> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cart_line_provisioning_context", joinColumns = {
            @JoinColumn(name = "cart_id", referencedColumnName = "cart_id"),
            @JoinColumn(name = "line_id", referencedColumnName = "line_id")})
    @OrderColumn(name = "list_index")
    List<ProvisioningEntryColumns> provisioningContext = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "cart_line_error_details", joinColumns = {
            @JoinColumn(name = "cart_id", referencedColumnName = "cart_id"),
            @JoinColumn(name = "line_id", referencedColumnName = "line_id")})
    @MapKeyColumn(name = "detail_name", length = 200)
    @Column(name = "detail_value", nullable = false)
    Map<String, String> errorDetails = new LinkedHashMap<>();

    protected CartLineItemEntity() {
    }

    static CartLineItemEntity from(CartEntity cart, CartLineItem item) {
        CartLineItemEntity entity = new CartLineItemEntity();
        entity.cart = cart;
        entity.lineId = item.id();
        entity.copy(item);
        return entity;
    }

    /** Takes the line's new content; the row keeps its key (the line id is its position). */
    void copy(CartLineItem item) {
        CartLine line = item.line();
        catalogItemId = line.catalogItemId().value();
        quantity = line.quantity().value();
        billingCycle = line.billingCycle().wireName();
        termDuration = line.termDuration().map(TermDuration::value).orElse(null);
        friendlyName = line.friendlyName().orElse(null);
        customTermEndDate = line.customTermEndDate().map(CustomTermEndDate::date).orElse(null);
        promotionId = line.promotionId().map(PromotionId::value).orElse(null);
        renewsToTermDuration = line.renewsTo().map(renewsTo -> renewsTo.termDuration().value()).orElse(null);
        attestationAccepted = line.attestationAccepted();
        orderGroup = item.orderGroup().value();
        currency = item.currency().map(CurrencyCode::value).orElse(null);
        PricingColumns price = PricingColumns.from(item.pricing());
        if (!Objects.equals(pricing, price)) {
            pricing = price;
        }
        errorCode = item.error().map(CartError::errorCode).orElse(null);
        errorDescription = item.error().map(CartError::errorDescription).orElse(null);
        replace(participants, line.participants().stream().map(ParticipantColumns::from).toList());
        replace(provisioningContext, line.provisioningContext().values().entrySet().stream()
                .map(ProvisioningEntryColumns::from).toList());
        Map<String, String> details = item.error().map(CartError::additionalInformation).orElse(Map.of());
        if (!errorDetails.equals(details)) {
            errorDetails.clear();
            errorDetails.putAll(details);
        }
    }

    CartLineItem toDomain() {
        CartLine line = new CartLine(CatalogItemId.parse(catalogItemId), Quantity.of(quantity), BillingCycle.parse(billingCycle),
                Optional.ofNullable(termDuration).map(TermDuration::parse), Optional.ofNullable(friendlyName),
                Optional.ofNullable(customTermEndDate).map(CustomTermEndDate::of), Optional.ofNullable(promotionId).map(PromotionId::of),
                participants.stream().map(ParticipantColumns::toDomain).toList(), provisioningContext(),
                Optional.ofNullable(renewsToTermDuration).map(TermDuration::parse).map(RenewsTo::of), attestationAccepted);
        Optional<CartError> error = Optional.ofNullable(errorCode)
                .map(code -> new CartError(code, errorDescription, errorDetails));
        return new CartLineItem(lineId, line, OrderGroup.of(orderGroup), Optional.ofNullable(currency).map(CurrencyCode::of),
                PricingColumns.toDomain(pricing), error);
    }

    private ProvisioningContext provisioningContext() {
        Map<String, String> values = new LinkedHashMap<>();
        provisioningContext.forEach(entry -> values.put(entry.name, entry.value));
        return ProvisioningContext.of(values);
    }

    private static <T> void replace(List<T> rows, List<T> wanted) {
        if (!rows.equals(wanted)) {
            rows.clear();
            rows.addAll(wanted);
        }
    }
}

package org.partnercommerce.domain.order;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * An order as Partner Center made it: one per order group of a checked-out cart, or one
 * per "create order" request. Its lines are numbered 0..n-1 ({@code 800071}) and kept in
 * that order. What Partner Center says of it is kept whole, so that it is served as Partner
 * Center gave it.
 *
 * @param alternateId     Partner Center's friendly id ("quote id"); for new commerce equal to the id
 * @param billingCycle    the billing cycle of its group
 * @param currency        absent only where Partner Center did not say (legacy orders)
 * @param currencySymbol  the currency's symbol as Partner Center writes it ({@code $}, {@code US$})
 * @param transactionType who made it; read-only
 * @param totalPrice      the sum Partner Center gives (new commerce, {@code include_price}), in the order's currency
 * @param partnerOnRecordAttestationAccepted whether the partner-of-record attestation was accepted for it
 * @param client          the client Partner Center says it was placed from
 * @param links           the links Partner Center gave with it
 * @param etag            Partner Center's version of it ({@code attributes.etag}); a new one when it changes
 */
public record Order(
        OrderId id,
        Optional<String> alternateId,
        CustomerId referenceCustomerId,
        BillingCycle billingCycle,
        Optional<CurrencyCode> currency,
        Optional<String> currencySymbol,
        List<OrderLineItem> lineItems,
        OrderStatus status,
        Instant creationDate,
        Optional<OrderTransactionType> transactionType,
        Optional<Money> totalPrice,
        Optional<Boolean> partnerOnRecordAttestationAccepted,
        Optional<OrderClient> client,
        OrderLinks links,
        Optional<String> etag) {

    public Order {
        Objects.requireNonNull(id, "id");
        alternateId = blankless(alternateId);
        Objects.requireNonNull(referenceCustomerId, "referenceCustomerId");
        Objects.requireNonNull(billingCycle, "billingCycle");
        currency = Objects.requireNonNullElse(currency, Optional.empty());
        currencySymbol = blankless(currencySymbol);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(creationDate, "creationDate");
        LineItemNumbers.requireSequence(lineItems.stream().map(OrderLineItem::lineItemNumber).toList());
        lineItems = lineItems.stream().sorted(Comparator.comparingInt(OrderLineItem::lineItemNumber)).toList();
        transactionType = Objects.requireNonNullElse(transactionType, Optional.empty());
        totalPrice = Objects.requireNonNullElse(totalPrice, Optional.empty());
        if (totalPrice.isPresent() && !currency.equals(Optional.of(totalPrice.get().currency()))) {
            throw new InvalidValue("totalPrice", "An order's total price is in its own currency (" + currency.orElse(null)
                    + "); got " + totalPrice.get() + ".");
        }
        partnerOnRecordAttestationAccepted = Objects.requireNonNullElse(partnerOnRecordAttestationAccepted, Optional.empty());
        client = Objects.requireNonNullElse(client, Optional.empty());
        links = Objects.requireNonNullElse(links, OrderLinks.NONE);
        etag = blankless(etag);
    }

    /** An order with only what every order has: no alternate id, symbol, transaction type, total, attestation, client, links or etag. */
    public Order(OrderId id, CustomerId referenceCustomerId, BillingCycle billingCycle, Optional<CurrencyCode> currency,
                 List<OrderLineItem> lineItems, OrderStatus status, Instant creationDate) {
        this(id, Optional.empty(), referenceCustomerId, billingCycle, currency, Optional.empty(), lineItems, status, creationDate,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), OrderLinks.NONE, Optional.empty());
    }

    /** The partners its lines name on record (partner on record and additional ones), in line order, each once. */
    public Set<PartnerId> partnersOnRecord() {
        Set<PartnerId> named = new LinkedHashSet<>();
        for (OrderLineItem line : lineItems) {
            line.partnerIdOnRecord().ifPresent(named::add);
            named.addAll(line.additionalPartnerIdsOnRecord());
        }
        return named;
    }

    public int totalQuantity() {
        return lineItems.stream().mapToInt(OrderLineItem::quantity).sum();
    }

    private static Optional<String> blankless(Optional<String> text) {
        return Objects.requireNonNullElse(text, Optional.<String>empty()).filter(value -> !value.isBlank());
    }
}

package org.partnercommerce.domain.order;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/**
 * A direct order as the caller asks for it (the "create an order" request of the page "create an
 * order for a customer of an indirect reseller"), before anything is sent to Partner Center: the
 * customer it is placed for, the reference customer the request names, a billing cycle —
 * {@code unknown} or none means "not given", and becomes {@code monthly} — and at least one line.
 *
 * <p>The way through: fetch the {@link #offerIds()} into a {@link Catalog}; {@link #validate} the
 * order against it and the {@link PurchaseContext}; send the {@link ValidatedOrder}.
 *
 * @param customerId the customer the order is placed for (the request path's)
 */
public record NewOrder(CustomerId customerId, Optional<CustomerId> referenceCustomerId, BillingCycle billingCycle,
                       List<NewOrderLine> lineItems) {

    private static final List<OrderRule> RULES = List.of(
            new ReferenceCustomerRule(),
            new LineItemNumberRule(),
            new OfferRule(),
            new OrderQuantityRule(),
            new OrderBillingCycleRule(),
            new PartnerOnRecordRule());

    public NewOrder {
        Objects.requireNonNull(customerId, "customerId");
        referenceCustomerId = Objects.requireNonNullElse(referenceCustomerId, Optional.empty());
        if (billingCycle == null || billingCycle == BillingCycle.UNKNOWN) {
            billingCycle = BillingCycle.MONTHLY;
        }
        if (lineItems == null || lineItems.isEmpty()) {
            throw new OrderRuleViolation.NoLineItems();
        }
        lineItems = List.copyOf(lineItems);
    }

    /** What the lines buy, each once, in line order: what the {@link Catalog} must hold. */
    public List<CatalogItemId> offerIds() {
        return lineItems.stream().map(NewOrderLine::offerId).distinct().toList();
    }

    /** The partners on record the lines name, each once. */
    public Set<PartnerId> partnersOnRecord() {
        return lineItems.stream().flatMap(line -> line.partnerIdOnRecord().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The same order, with this partner on record on every line that names none. */
    public NewOrder withPartnerOnRecordWhereMissing(PartnerId partnerId) {
        return new NewOrder(customerId, referenceCustomerId, billingCycle, lineItems.stream()
                .map(line -> line.partnerIdOnRecord().isPresent() ? line : line.withPartnerIdOnRecord(partnerId))
                .toList());
    }

    /**
     * Holds the order and every line against every rule (one answer lists every problem) and, if
     * none is broken, numbers the lines for sending.
     */
    public OrderValidation validate(Catalog catalog, PurchaseContext purchase) {
        Objects.requireNonNull(catalog, "catalog");
        if (!purchase.customer().id().equals(customerId)) {
            throw new IllegalArgumentException("The purchase context is for customer " + purchase.customer().id()
                    + ", the order for " + customerId);
        }
        OrderUnderCheck underCheck = new OrderUnderCheck(this, catalog, purchase);
        List<OrderRuleViolation> problems = new ArrayList<>();
        for (OrderRule rule : RULES) {
            problems.addAll(rule.check(underCheck));
        }
        if (!problems.isEmpty()) {
            return new OrderValidation.Invalid(problems);
        }
        return new OrderValidation.Valid(new ValidatedOrder(customerId, billingCycle, numbered()));
    }

    /** The lines with their numbers: as given, or, where none was given, their positions. */
    private List<ValidatedOrder.Line> numbered() {
        return IntStream.range(0, lineItems.size()).mapToObj(position -> {
            NewOrderLine line = lineItems.get(position);
            return new ValidatedOrder.Line(line.lineItemNumber().orElse(position), line.offerId(), line.quantity(),
                    line.friendlyName(), line.partnerIdOnRecord());
        }).toList();
    }
}

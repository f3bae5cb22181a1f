package org.partnercommerce.domain.cart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A cart as the caller asks for it, before anything is sent to Partner Center: the
 * customer, at least one line (numbered 0..n-1 by position), and the cart's
 * partner-of-record attestation. It is checked, and its order groups assigned, by
 * {@link #validate}, before the cart has an id.
 *
 * <p>The way through: fetch the {@link #catalogItemIds()} into a {@link Catalog}; run the
 * {@link #inventoryChecks(Catalog)} and put their answers in the {@link PurchaseContext};
 * {@link #validate} it; send the {@link ValidatedCart} to Partner Center; keep the answer
 * as a {@link Cart}.
 */
public record CartDraft(CustomerId customerId, List<CartLine> lines, boolean partnerOnRecordAttestationAccepted) {

    private static final List<LineRule> RULES = List.of(
            new CatalogItemRule(),
            new BillingTermRule(),
            new QuantityRule(),
            new ProvisioningContextRule(),
            new InventoryRule(),
            new AttestationRule(),
            new ParticipantRule(),
            new CustomTermEndDateRule(),
            new PromotionIdRule());

    public CartDraft {
        Objects.requireNonNull(customerId, "customerId");
        if (lines == null || lines.isEmpty()) {
            throw new InvalidValue("lineItems", "A cart has at least one line item.");
        }
        lines = List.copyOf(lines);
    }

    public static CartDraft of(CustomerId customerId, List<CartLine> lines) {
        return new CartDraft(customerId, lines, false);
    }

    /** The catalog items the lines buy, each once, in line order: what the {@link Catalog} must hold. */
    public List<CatalogItemId> catalogItemIds() {
        return lines.stream().map(CartLine::catalogItemId).distinct().toList();
    }

    /**
     * The inventory checks to run before validating: one for each line whose SKU needs one,
     * each asked once. Their answers go into {@link PurchaseContext#inventory()}.
     */
    public List<InventoryCheck> inventoryChecks(Catalog catalog) {
        return lines.stream()
                .flatMap(line -> catalog.find(line.catalogItemId())
                        .filter(CatalogItem.Modern.class::isInstance)
                        .map(CatalogItem.Modern.class::cast)
                        .flatMap(item -> InventoryQuestion.forLine(customerId, item, line))
                        .stream())
                .distinct()
                .toList();
    }

    /**
     * The terms of the lines that ask to end their first term early: Partner Center's allowed end
     * days for each go into {@link PurchaseContext#termEndDates()}.
     */
    public Set<TermDuration> customTermEndDateTerms() {
        return lines.stream()
                .filter(line -> line.customTermEndDate().isPresent())
                .flatMap(line -> line.termDuration().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * Holds every line against every rule (all lines, all rules: one answer lists every
     * problem) and, if none is broken, groups the lines for ordering.
     */
    public CartValidation validate(Catalog catalog, PurchaseContext purchase, Instant now) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(now, "now");
        if (!purchase.customer().id().equals(customerId)) {
            throw new IllegalArgumentException("The purchase context is for customer " + purchase.customer().id()
                    + ", the cart for " + customerId);
        }
        List<CartRuleViolation> problems = new ArrayList<>();
        for (int lineId = 0; lineId < lines.size(); lineId++) {
            CartLine line = lines.get(lineId);
            Optional<CatalogItem> item = catalog.find(line.catalogItemId());
            LineUnderCheck underCheck = new LineUnderCheck(lineId, line, item, this, purchase, now);
            for (LineRule rule : RULES) {
                problems.addAll(rule.check(underCheck));
            }
        }
        List<CartLineItem> items = grouped(catalog);
        problems.addAll(CurrencyRule.check(items));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(CartRuleViolation::lineId));
            return new CartValidation.Invalid(problems);
        }
        return new CartValidation.Valid(new ValidatedCart(customerId, items, partnerOnRecordAttestationAccepted));
    }

    private List<CartLineItem> grouped(Catalog catalog) {
        List<OrderGroup> groups = OrderGrouping.assign(lines);
        List<CartLineItem> items = new ArrayList<>(lines.size());
        for (int lineId = 0; lineId < lines.size(); lineId++) {
            CartLine line = lines.get(lineId);
            items.add(new CartLineItem(lineId, line, groups.get(lineId),
                    catalog.find(line.catalogItemId()).flatMap(CatalogItem::currency), Optional.empty(), Optional.empty()));
        }
        return items;
    }
}

package org.partnercommerce.domain.cart;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.catalog.InventoryResults;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.Partner;

/**
 * The facts of one purchase beyond the catalog, as fetched before the cart is checked:
 * the customer (country, segments, indirect resellers), the partner who buys (indirect
 * provider or direct-bill partner, with its own PartnerId), the inventory checks run for
 * the lines that need one, and the days Partner Center allows a custom term end date on, for
 * each term the lines end early ({@code GET /customers/{c}/subscriptions/customTermEndDates}),
 * and, when an indirect reseller buys for itself, its PartnerId: the only one it may name.
 */
public record PurchaseContext(Customer customer, Partner partner, InventoryResults inventory, AllowedTermEndDates termEndDates,
                              Optional<PartnerId> buyingReseller) {

    public PurchaseContext {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(partner, "partner");
        inventory = Objects.requireNonNullElse(inventory, InventoryResults.none());
        termEndDates = Objects.requireNonNullElse(termEndDates, AllowedTermEndDates.none());
        buyingReseller = Objects.requireNonNullElse(buyingReseller, Optional.empty());
    }

    /** A purchase by the partner, with no inventory results and no allowed term end dates. */
    public static PurchaseContext of(Customer customer, Partner partner) {
        return new PurchaseContext(customer, partner, InventoryResults.none(), AllowedTermEndDates.none(), Optional.empty());
    }

    public PurchaseContext withInventory(InventoryResults inventory) {
        return new PurchaseContext(customer, partner, inventory, termEndDates, buyingReseller);
    }

    public PurchaseContext withTermEndDates(AllowedTermEndDates termEndDates) {
        return new PurchaseContext(customer, partner, inventory, termEndDates, buyingReseller);
    }

    /** The same purchase made by an indirect reseller itself (its own token), not by the partner's systems. */
    public PurchaseContext boughtBy(Optional<PartnerId> reseller) {
        return new PurchaseContext(customer, partner, inventory, termEndDates, reseller);
    }
}

package org.partnercommerce.domain.cart;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.partnercommerce.domain.catalog.InventoryResults;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.Partner;

/**
 * The facts of one purchase beyond the catalog, as fetched before the cart is checked:
 * the customer (country, segments, indirect resellers), the partner who buys (indirect
 * provider or direct-bill partner, with its own PartnerId), the inventory checks run for
 * the lines that need one, and the end dates of subscriptions a custom term end date may
 * co-term with ({@code GET /customers/{c}/subscriptions/customTermEndDates}).
 */
public record PurchaseContext(Customer customer, Partner partner, InventoryResults inventory, Set<LocalDate> cotermEndDates) {

    public PurchaseContext {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(partner, "partner");
        inventory = Objects.requireNonNullElse(inventory, InventoryResults.none());
        cotermEndDates = cotermEndDates == null ? Set.of() : Set.copyOf(cotermEndDates);
    }

    /** A purchase with no inventory results and no co-term dates. */
    public static PurchaseContext of(Customer customer, Partner partner) {
        return new PurchaseContext(customer, partner, InventoryResults.none(), Set.of());
    }

    public PurchaseContext withInventory(InventoryResults inventory) {
        return new PurchaseContext(customer, partner, inventory, cotermEndDates);
    }

    public PurchaseContext withCotermEndDates(Set<LocalDate> cotermEndDates) {
        return new PurchaseContext(customer, partner, inventory, cotermEndDates);
    }
}

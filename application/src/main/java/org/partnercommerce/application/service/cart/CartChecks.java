package org.partnercommerce.application.service.cart;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.application.service.catalog.CatalogLookup;
import org.partnercommerce.domain.cart.AllowedTermEndDates;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryResult;
import org.partnercommerce.domain.catalog.InventoryResults;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.shared.Country;

/**
 * Checks a cart before anything is sent to Partner Center: fetches what the catalog says of
 * every line in the customer's country, runs the inventory checks the lines need, asks which
 * days the lines that end their first term early may end on, and lets the domain hold every
 * line against every rule. Throws {@code CartRejected} listing every problem.
 */
public final class CartChecks {

    private final PartnerCenterCatalog catalog;
    private final CatalogLookup lookup;
    private final PartnerCenterSubscriptions subscriptions;
    private final Partner partner;

    public CartChecks(PartnerCenterCatalog catalog, PartnerCenterSubscriptions subscriptions, Partner partner) {
        this.catalog = catalog;
        this.lookup = new CatalogLookup(catalog);
        this.subscriptions = subscriptions;
        this.partner = partner;
    }

    public ValidatedCart validate(Caller caller, Customer customer, CartDraft draft, Instant now) {
        Catalog snapshot = lookup.snapshot(draft.catalogItemIds(), customer.country());
        PurchaseContext purchase = PurchaseContext.of(customer, partner)
                .boughtBy(caller.role() == Caller.Role.RESELLER ? caller.partnerId() : Optional.empty())
                .withInventory(inventory(draft, snapshot, customer.country()))
                .withTermEndDates(termEndDates(customer, draft));
        return draft.validate(snapshot, purchase, now).orElseThrow();
    }

    /** Partner Center's allowed end days, once for each term a line ends early. */
    private AllowedTermEndDates termEndDates(Customer customer, CartDraft draft) {
        AllowedTermEndDates allowed = AllowedTermEndDates.none();
        for (TermDuration term : draft.customTermEndDateTerms()) {
            allowed = allowed.with(term, subscriptions.customTermEndDates(customer.id(), term));
        }
        return allowed;
    }

    private InventoryResults inventory(CartDraft draft, Catalog snapshot, Country country) {
        List<InventoryResult> results = new ArrayList<>();
        for (InventoryCheck check : draft.inventoryChecks(snapshot)) {
            results.add(new InventoryResult(check, catalog.checkInventory(country, check)));
        }
        return InventoryResults.of(results);
    }
}

package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.Market;
import org.partnercommerce.emulator.catalog.MarketCatalog;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.wire.PartnerCenterFault;

import java.util.ArrayList;
import java.util.List;

/** Turns the requested lines into the cart's lines: numbered 0..n-1, checked and priced in the customer's market, grouped. */
public final class CartLines {

    private final Catalog catalog;
    private final CartLineRules rules;

    public CartLines(Catalog catalog, CartLineRules rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    public List<CartLine> of(Customer customer, RequestedCart requested) {
        Market market = catalog.market(customer.country())
                .orElseThrow(() -> PartnerCenterFault.notOnboardedInCountry(customer.country()));
        MarketCatalog view = catalog.in(market);
        List<CartLine> lines = new ArrayList<>();
        for (int id = 0; id < requested.lines().size(); id++) {
            lines.add(rules.apply(customer, view, requested.lines().get(id), id));
        }
        return OrderGroups.assign(lines);
    }
}

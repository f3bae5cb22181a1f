package org.partnercommerce.application.service.order;

import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.service.catalog.CatalogLookup;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.order.NewOrder;
import org.partnercommerce.domain.order.ValidatedOrder;

/**
 * Checks a direct order before anything is kept or sent: fetches what the catalog says of every
 * offer in the customer's country and lets the domain hold the order and every line against every
 * rule, the customer's indirect resellers (Partner Center's relationships) and the partner's own
 * PartnerId included. Throws {@code OrderRejected} listing every problem.
 */
public final class OrderChecks {

    private final CatalogLookup catalog;
    private final Partner partner;

    public OrderChecks(PartnerCenterCatalog catalog, Partner partner) {
        this.catalog = new CatalogLookup(catalog);
        this.partner = partner;
    }

    public ValidatedOrder validate(Customer customer, NewOrder order) {
        return order.validate(catalog.snapshot(order.offerIds(), customer.country()), PurchaseContext.of(customer, partner))
                .orElseThrow();
    }
}

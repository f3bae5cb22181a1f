package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.CatalogEntry;

/**
 * What a line of an order becomes once the order is provisioned, as Partner Center provisions
 * what was bought, decided by the catalog item alone:
 * <ul>
 *     <li>licence-based new-commerce products, the Azure plan and legacy offers: a subscription
 *     (the line's {@code subscriptionId});</li>
 *     <li>third-party SaaS: a subscription too, which the customer activates with the publisher
 *     through the line's activation links;</li>
 *     <li>Azure reservations (product type Azure, not the Azure plan): a {@code reservedinstance}
 *     entitlement, no subscription;</li>
 *     <li>software (product type Software): a {@code software} entitlement, no subscription.</li>
 * </ul>
 */
public final class WhatALineBecomes {

    /** One of the four things a line can become. */
    public enum Outcome {
        SUBSCRIPTION,
        SAAS_SUBSCRIPTION,
        RESERVED_INSTANCE_ENTITLEMENT,
        SOFTWARE_ENTITLEMENT;

        public boolean isSubscription() {
            return this == SUBSCRIPTION || this == SAAS_SUBSCRIPTION;
        }

        public boolean hasActivationLinks() {
            return this == SAAS_SUBSCRIPTION;
        }
    }

    private final Catalog catalog;

    public WhatALineBecomes(Catalog catalog) {
        this.catalog = catalog;
    }

    public Outcome of(OrderLine line) {
        return of(bought(line));
    }

    /** The catalog item (or legacy offer) the line bought. */
    public CatalogEntry bought(OrderLine line) {
        return catalog.entry(line.offerId());
    }

    public static Outcome of(CatalogEntry bought) {
        if (bought.isAzureReservation()) {
            return Outcome.RESERVED_INSTANCE_ENTITLEMENT;
        }
        if (bought.isSoftware()) {
            return Outcome.SOFTWARE_ENTITLEMENT;
        }
        return bought.isSaaS() ? Outcome.SAAS_SUBSCRIPTION : Outcome.SUBSCRIPTION;
    }
}

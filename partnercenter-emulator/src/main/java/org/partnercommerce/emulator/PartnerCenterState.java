package org.partnercommerce.emulator;

import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.customer.Customers;
import org.partnercommerce.emulator.token.Directory;

/**
 * Everything the emulator knows, in one place: the catalog, the customers and resellers, and the
 * identity directory (clients, users, refresh tokens). Built from the seed resources; the part
 * that changes (refresh tokens now; carts and orders next) is what a state file will snapshot.
 */
public record PartnerCenterState(Catalog catalog, Customers customers, Directory directory) {

    public static PartnerCenterState seeded() {
        return new PartnerCenterState(Catalog.seeded(), Customers.seeded(), Directory.seeded());
    }
}

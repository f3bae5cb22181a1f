package org.partnercommerce.bootstrap;

import java.util.Set;

/**
 * Who sends a hostile request: a forged or missing token (never honoured), or a real caller, the
 * reseller or the reader. {@code foreign} are the ids that are not the caller's to use: for the
 * reseller every customer but its own two and every other reseller; for the reader none (it reads
 * any customer; it writes nothing).
 */
record HostileCaller(String name, String token, boolean forged, Set<String> foreign) {

    /** Every customer of the seed the reseller may not act for, and resellers that are not it. */
    static final Set<String> NOT_THE_RESELLERS = Set.of(Seed.WINGTIP_TOYS, Seed.NORTHWIND_TRADERS, Seed.FOURTH_COFFEE,
            Seed.TAILSPIN_TOYS, Seed.LITWARE, Seed.LITWARES_RESELLER, "517285", "5357563");

    static HostileCaller forged(String name, String token) {
        return new HostileCaller(name, token, true, Set.of());
    }

    static HostileCaller reseller(String token) {
        return new HostileCaller("the reseller", token, false, NOT_THE_RESELLERS);
    }

    static HostileCaller reader(String token) {
        return new HostileCaller("the reader", token, false, Set.of());
    }

    boolean isReader() {
        return !forged && foreign.isEmpty();
    }

    @Override
    public String toString() {
        return name;
    }
}

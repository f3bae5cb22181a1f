package org.partnercommerce.emulator.cart;

import java.util.Locale;
import java.util.Set;

/**
 * The countries whose customers may have {@code additional_transaction_reseller} participants:
 * the EU, the EEA and EFTA (create-cart says "EU/EEA", update-cart "EU / EFTA"; the emulator
 * takes both, so Switzerland counts).
 */
final class EuropeanEconomicArea {

    private static final Set<String> COUNTRIES = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
            "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO",
            "CH");

    private EuropeanEconomicArea() {
    }

    static boolean contains(String country) {
        return country != null && COUNTRIES.contains(country.toUpperCase(Locale.ROOT));
    }
}

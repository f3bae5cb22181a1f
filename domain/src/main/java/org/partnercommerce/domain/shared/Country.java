package org.partnercommerce.domain.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, upper case: {@code US}, {@code DE}. */
public record Country(String code) {

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    /** The EU member states and the other EEA countries (Iceland, Liechtenstein, Norway). */
    private static final Set<String> EU_AND_EEA = Set.of(
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO");

    public Country {
        if (code == null || !ISO_CODES.contains(code.toUpperCase(Locale.ROOT))) {
            throw new InvalidValue("country", "'" + code + "' is not an ISO 3166-1 alpha-2 country code, such as US or DE.");
        }
        code = code.toUpperCase(Locale.ROOT);
    }

    public static Country of(String code) {
        return new Country(code);
    }

    /** Whether the country is in the EU or the EEA, where additional transaction resellers may be named. */
    public boolean isInEuOrEea() {
        return EU_AND_EEA.contains(code);
    }

    @Override
    public String toString() {
        return code;
    }
}

package org.partnercommerce.emulator.billing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The billing providers of invoice line items, as the line item URIs name them: {@code onetime}
 * (new commerce, and here every charge), and the legacy {@code office} (licence-based legacy
 * offers) and {@code azure} ({@code MS-AZR-0145P}). Partner Center refuses {@code one_time} in a
 * URI although invoices name the provider so in {@code invoiceDetails}.
 */
public enum BillingProvider {
    ONETIME("onetime"),
    OFFICE("office"),
    AZURE("azure");

    private final String wire;

    BillingProvider(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** Any case; {@code one_time} is not a provider of a URI. */
    public static Optional<BillingProvider> parse(String value) {
        return Arrays.stream(values()).filter(provider -> provider.wire.equalsIgnoreCase(value.trim())).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(BillingProvider::wire).toList();
    }
}

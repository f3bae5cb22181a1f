package org.partnercommerce.emulator.catalog;

import org.partnercommerce.emulator.wire.WireNames;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The catalog views of {@code GET /products?targetView=} (reference §2). */
public enum TargetView {
    AZURE("Azure"),
    AZURE_RESERVATIONS("AzureReservations"),
    AZURE_RESERVATIONS_VM("AzureReservationsVM"),
    AZURE_RESERVATIONS_SQL("AzureReservationsSQL"),
    AZURE_RESERVATIONS_COSMOS_DB("AzureReservationsCosmosDb"),
    /** Seen in a documentation sample, probably a typo; accepted as an alias of {@link #AZURE_RESERVATIONS_VM}. */
    AZURE_AZURE_RESERVATIONS_VM("AzureAzureReservationsVM"),
    MICROSOFT_AZURE("MicrosoftAzure"),
    ONLINE_SERVICES("OnlineServices"),
    SOFTWARE("Software"),
    SOFTWARE_SUSE_LINUX("SoftwareSUSELinux"),
    SOFTWARE_PERPETUAL("SoftwarePerpetual"),
    SOFTWARE_SUBSCRIPTIONS("SoftwareSubscriptions");

    private final String wire;

    TargetView(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** The view a product lists itself under (the documented typo reads as the view it meant). */
    public TargetView canonical() {
        return this == AZURE_AZURE_RESERVATIONS_VM ? AZURE_RESERVATIONS_VM : this;
    }

    public static Optional<TargetView> parse(String value) {
        return WireNames.parse(TargetView.class, value, TargetView::wire);
    }

    public static List<String> wireValues() {
        return Arrays.stream(values()).map(TargetView::wire).toList();
    }
}

package org.partnercommerce.domain.catalog;

import org.partnercommerce.domain.shared.WireEnum;

/** Which part of the catalog a product listing shows. */
public enum TargetView implements WireEnum.Named {
    AZURE("Azure"),
    AZURE_RESERVATIONS("AzureReservations"),
    AZURE_RESERVATIONS_VM("AzureReservationsVM"),
    AZURE_RESERVATIONS_SQL("AzureReservationsSQL"),
    AZURE_RESERVATIONS_COSMOS_DB("AzureReservationsCosmosDb"),
    MICROSOFT_AZURE("MicrosoftAzure"),
    ONLINE_SERVICES("OnlineServices"),
    SOFTWARE("Software"),
    SOFTWARE_SUSE_LINUX("SoftwareSUSELinux"),
    SOFTWARE_PERPETUAL("SoftwarePerpetual"),
    SOFTWARE_SUBSCRIPTIONS("SoftwareSubscriptions");

    private final String wireName;

    TargetView(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static TargetView parse(String value) {
        return WireEnum.parse(TargetView.class, "targetView", value);
    }
}

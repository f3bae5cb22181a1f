package org.partnercommerce.domain.catalog;

import org.partnercommerce.domain.shared.WireEnum;

/** How a legacy offer is billed: per licence, by usage (the legacy Azure offer), or not at all. */
public enum OfferBilling implements WireEnum.Named {
    UNKNOWN("unknown"),
    LICENSE("license"),
    USAGE("usage"),
    NONE("none");

    private final String wireName;

    OfferBilling(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static OfferBilling parse(String value) {
        return WireEnum.parse(OfferBilling.class, "billing", value);
    }
}

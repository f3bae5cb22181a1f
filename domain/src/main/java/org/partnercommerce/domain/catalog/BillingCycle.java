package org.partnercommerce.domain.catalog;

import org.partnercommerce.domain.shared.WireEnum;

/** How often a purchase is billed. Read in any case, written in Partner Center's snake_case. */
public enum BillingCycle implements WireEnum.Named {
    UNKNOWN("unknown"),
    MONTHLY("monthly"),
    ANNUAL("annual"),
    /** Free trials. */
    NONE("none"),
    ONE_TIME("one_time"),
    TRIENNIAL("triennial"),
    BIENNIAL("biennial");

    private final String wireName;

    BillingCycle(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static BillingCycle parse(String value) {
        return WireEnum.parse(BillingCycle.class, "billingCycle", value);
    }
}

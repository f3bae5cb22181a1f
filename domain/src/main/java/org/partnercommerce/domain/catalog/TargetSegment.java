package org.partnercommerce.domain.catalog;

import org.partnercommerce.domain.shared.WireEnum;

/** The market segment a catalog item is sold in. */
public enum TargetSegment implements WireEnum.Named {
    COMMERCIAL("commercial"),
    EDUCATION("education"),
    GOVERNMENT("government"),
    NONPROFIT("nonprofit");

    private final String wireName;

    TargetSegment(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static TargetSegment parse(String value) {
        return WireEnum.parse(TargetSegment.class, "targetSegment", value);
    }
}

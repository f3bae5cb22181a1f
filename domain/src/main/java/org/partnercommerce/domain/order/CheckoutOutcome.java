package org.partnercommerce.domain.order;

/** How a checkout went, group by group: every group ordered, some of them, or none. */
public enum CheckoutOutcome {
    ALL_GROUPS_ORDERED,
    SOME_GROUPS_ORDERED,
    NO_GROUP_ORDERED
}

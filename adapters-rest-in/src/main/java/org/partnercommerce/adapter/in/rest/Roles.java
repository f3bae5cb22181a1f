package org.partnercommerce.adapter.in.rest;

/** The roles a caller's token carries. */
public final class Roles {

    /** The partner's own systems: act for every customer. */
    public static final String PARTNER = "partner";
    /** An indirect reseller: acts only for its own customers. */
    public static final String RESELLER = "reseller";
    /** Reads only. */
    public static final String READER = "reader";

    private Roles() {
    }
}

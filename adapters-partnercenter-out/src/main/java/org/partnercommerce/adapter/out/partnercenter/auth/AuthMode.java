package org.partnercommerce.adapter.out.partnercenter.auth;

/** Which kind of token Partner Center gets (reference §5). */
public enum AuthMode {
    /** Client credentials: the application acts as itself. */
    APP_ONLY,
    /** A user's refresh token redeemed by the application (Secure Application Model); needed by the App+User-only endpoints. */
    APP_USER
}

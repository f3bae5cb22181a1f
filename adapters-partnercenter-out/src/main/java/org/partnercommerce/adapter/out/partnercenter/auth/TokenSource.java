package org.partnercommerce.adapter.out.partnercenter.auth;

import org.partnercommerce.application.port.out.PartnerCenterException;

/** Where a call to Partner Center gets its bearer token. */
public interface TokenSource {

    /**
     * A token valid for a while yet.
     *
     * @throws PartnerCenterException.BadGateway  when the credentials were refused
     * @throws PartnerCenterException.Unavailable when the token endpoint could not be reached
     */
    AccessToken token();

    /** Partner Center refused this token (401): do not hand it out again. */
    void invalidate(AccessToken rejected);
}

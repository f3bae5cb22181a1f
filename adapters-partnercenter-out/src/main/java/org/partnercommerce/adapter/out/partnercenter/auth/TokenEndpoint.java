package org.partnercommerce.adapter.out.partnercenter.auth;

/** Asks the identity provider for a new token, every time it is called. */
@FunctionalInterface
public interface TokenEndpoint {

    AccessToken requestToken();
}

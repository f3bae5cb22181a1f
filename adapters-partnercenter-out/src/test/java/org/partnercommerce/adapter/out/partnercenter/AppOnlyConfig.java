package org.partnercommerce.adapter.out.partnercenter;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.auth.AuthMode;

/** A test configuration of the adapter, but app-only: client credentials, no refresh token. */
record AppOnlyConfig(PartnerCenterConfig delegate) implements PartnerCenterConfig {

    @Override
    public URI url() {
        return delegate.url();
    }

    @Override
    public URI tokenUrl() {
        return delegate.tokenUrl();
    }

    @Override
    public String clientId() {
        return delegate.clientId();
    }

    @Override
    public Optional<String> clientSecret() {
        return delegate.clientSecret();
    }

    @Override
    public String scope() {
        return delegate.scope();
    }

    @Override
    public AuthMode auth() {
        return AuthMode.APP_ONLY;
    }

    @Override
    public Optional<String> refreshToken() {
        return Optional.empty();
    }

    @Override
    public Duration tokenRefreshAhead() {
        return delegate.tokenRefreshAhead();
    }

    @Override
    public Duration connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Duration readTimeout() {
        return delegate.readTimeout();
    }

    @Override
    public Retry retry() {
        return delegate.retry();
    }

    @Override
    public CircuitBreaker circuitBreaker() {
        return delegate.circuitBreaker();
    }
}

package org.partnercommerce.adapter.out.partnercenter.auth;

import java.time.Instant;
import java.util.Objects;

/** A bearer token and when it expires. Its value never appears in {@link #toString()}, so it cannot end up in a log. */
public record AccessToken(String value, Instant expiresAt) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public String authorizationHeader() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}

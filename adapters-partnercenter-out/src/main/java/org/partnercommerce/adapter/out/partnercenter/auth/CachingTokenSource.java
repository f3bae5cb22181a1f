package org.partnercommerce.adapter.out.partnercenter.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps one token until shortly before it expires. When it must be renewed, one thread asks the
 * token endpoint while the others wait for that answer (no thundering herd); a lock rather than
 * {@code synchronized}, so that a virtual thread waiting on the HTTP exchange does not pin its carrier.
 */
public final class CachingTokenSource implements TokenSource {

    /** Renew this long before expiry at most ... */
    static final Duration MAX_REFRESH_MARGIN = Duration.ofMinutes(5);
    /** ... and at most this share of the token's lifetime, for short-lived tokens. */
    private static final int LIFETIME_SHARE = 10;

    private final TokenEndpoint endpoint;
    private final InstantSource clock;
    private final ReentrantLock renewal = new ReentrantLock();

    private volatile Cached cached;

    public CachingTokenSource(TokenEndpoint endpoint, InstantSource clock) {
        this.endpoint = endpoint;
        this.clock = clock;
    }

    @Override
    public AccessToken token() {
        Cached current = cached;
        if (current != null && current.freshAt(clock.instant())) {
            return current.token;
        }
        renewal.lock();
        try {
            current = cached;
            if (current != null && current.freshAt(clock.instant())) {
                return current.token;
            }
            Instant obtainedAt = clock.instant();
            AccessToken token = endpoint.requestToken();
            cached = new Cached(token, renewAt(obtainedAt, token.expiresAt()));
            return token;
        } finally {
            renewal.unlock();
        }
    }

    @Override
    public void invalidate(AccessToken rejected) {
        renewal.lock();
        try {
            // Only the rejected token: another thread may already have replaced it with a good one.
            if (cached != null && cached.token.equals(rejected)) {
                cached = null;
            }
        } finally {
            renewal.unlock();
        }
    }

    private static Instant renewAt(Instant obtainedAt, Instant expiresAt) {
        Duration lifetime = Duration.between(obtainedAt, expiresAt);
        if (lifetime.isNegative() || lifetime.isZero()) {
            return obtainedAt;
        }
        Duration share = lifetime.dividedBy(LIFETIME_SHARE);
        Duration margin = share.compareTo(MAX_REFRESH_MARGIN) < 0 ? share : MAX_REFRESH_MARGIN;
        return expiresAt.minus(margin);
    }

    private record Cached(AccessToken token, Instant renewAt) {

        boolean freshAt(Instant now) {
            return now.isBefore(renewAt);
        }
    }
}

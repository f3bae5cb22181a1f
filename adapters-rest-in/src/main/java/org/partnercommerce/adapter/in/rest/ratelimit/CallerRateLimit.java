package org.partnercommerce.adapter.in.rest.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.partnercommerce.adapter.in.rest.access.Callers;
import org.partnercommerce.adapter.in.rest.problem.ProblemResponses;
import org.partnercommerce.adapter.in.rest.problem.ProblemType;

/**
 * A rate limit per caller: each caller (the subject {@link Callers} knows it by) may send
 * {@code partnercommerce.api.rate-limit.requests-per-second} requests a second on average, and up
 * to {@code .burst} at once; one more is answered 429 with {@code Retry-After} (the seconds until
 * its next token) and a {@code rate-limited} problem, having done nothing. So a leaked token, or
 * one runaway client, cannot take the service (and the partner's Partner Center quota) from the
 * others. {@code .enabled=false} turns it off.
 *
 * <p>A JAX-RS filter rather than a Vert.x route like {@code AdmissionControl}, because the caller
 * is known only once its token is authenticated, which happens inside REST (authentication is not
 * proactive). Requests without a valid token are not counted: they are refused 401 anyway.
 *
 * <p>The buckets are per instance: N instances behind a load balancer allow a caller N times the
 * rate. Hand-made ({@link TokenBuckets}) because no kept library keys a limit by caller:
 * SmallRye Fault Tolerance's {@code @RateLimit} is one window per method for all callers, and
 * Resilience4j's limiter is one fixed-window limiter per name, with no eviction.
 */
@ApplicationScoped
public class CallerRateLimit {

    private static final Logger LOG = Logger.getLogger(CallerRateLimit.class);

    /** How many idle callers may be kept before buckets that have filled up again are dropped. */
    private static final int KEPT_IDLE = 10_000;

    private final Optional<TokenBuckets> buckets;
    private final CurrentIdentityAssociation identities;
    private final ProblemResponses problems;
    private final InstantSource clock;

    CallerRateLimit(@ConfigProperty(name = "partnercommerce.api.rate-limit.enabled", defaultValue = "true") boolean enabled,
                    @ConfigProperty(name = "partnercommerce.api.rate-limit.requests-per-second", defaultValue = "20") double perSecond,
                    @ConfigProperty(name = "partnercommerce.api.rate-limit.burst", defaultValue = "40") int burst,
                    CurrentIdentityAssociation identities, ProblemResponses problems, InstantSource clock) {
        this.buckets = enabled ? Optional.of(new TokenBuckets(perSecond, burst, KEPT_IDLE)) : Optional.empty();
        this.identities = identities;
        this.problems = problems;
        this.clock = clock;
    }

    @ServerRequestFilter
    public Uni<Response> limit(UriInfo uri) {
        if (buckets.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> admit(identity, uri));
    }

    private Response admit(SecurityIdentity identity, UriInfo uri) {
        if (identity.isAnonymous()) {
            return null;
        }
        String caller = Callers.subjectOf(identity);
        return switch (buckets.orElseThrow().take(caller, clock.instant())) {
            case TokenBuckets.Admission.Admitted admitted -> null;
            case TokenBuckets.Admission.Refused refused -> refuse(caller, refused.retryAfter(), uri);
        };
    }

    private Response refuse(String caller, Duration retryAfter, UriInfo uri) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        LOG.debugf("Rate limit: %s refused, next token in %d ms", caller, retryAfter.toMillis());
        return problems.of(ProblemType.RATE_LIMITED, "Too many requests from this caller; nothing was done. Retry after "
                        + seconds + " s.", null, uri)
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}

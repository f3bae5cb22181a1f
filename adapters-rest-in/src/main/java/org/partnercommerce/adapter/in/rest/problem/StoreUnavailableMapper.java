package org.partnercommerce.adapter.in.rest.problem;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnercommerce.application.port.out.StoreUnavailable;

/**
 * Our database could not be reached: 503 with {@code Retry-After}, a problem type of its own. The
 * caller is not at fault and nothing it asked was refused: the unit of work rolled back, and the
 * same request — with the same {@code Idempotency-Key} — may be sent again; its key, and any claim
 * it took, are freed once the database is back.
 */
@Singleton
public class StoreUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(StoreUnavailableMapper.class);

    private final ProblemResponses problems;
    private final int retryAfterSeconds;

    public StoreUnavailableMapper(ProblemResponses problems,
                                  @ConfigProperty(name = "partnercommerce.api.database-retry-after-seconds", defaultValue = "2")
                                  int retryAfterSeconds) {
        this.problems = problems;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @ServerExceptionMapper
    public Response map(StoreUnavailable unavailable, UriInfo uri) {
        LOG.warnf("Answered 503: %s", unavailable.getMessage());
        return problems.of(ProblemType.DATABASE_UNAVAILABLE, detail(), null, uri)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }

    /** The seconds a caller is asked to wait before it sends the request again. */
    int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** What the problem says, also where the HTTP layer answers it ({@link HttpLayerFailures}). */
    String detail() {
        return "The service's database cannot be reached just now; nothing was done. Send the same request again, with the "
                + "same Idempotency-Key, after " + retryAfterSeconds + " s.";
    }
}

package org.partnercommerce.adapter.in.rest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnercommerce.application.port.out.PartnerCenterException;

/** Partner Center's answers, as problems with its own code and description. */
public class PartnerCenterExceptionMapper {

    private static final Logger LOG = Logger.getLogger(PartnerCenterExceptionMapper.class);

    private final ProblemResponses problems;

    public PartnerCenterExceptionMapper(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response map(PartnerCenterException failure, UriInfo uri) {
        return switch (failure) {
            case PartnerCenterException.NotFound notFound -> problem(ProblemType.NOT_FOUND, notFound, uri).build();
            case PartnerCenterException.Rejected rejected -> problem(ProblemType.PARTNER_CENTER_REJECTED, rejected, uri).build();
            case PartnerCenterException.Forbidden forbidden -> problem(ProblemType.PARTNER_CENTER_FORBIDDEN, forbidden, uri).build();
            case PartnerCenterException.Conflict conflict -> problem(ProblemType.PARTNER_CENTER_CONFLICT, conflict, uri).build();
            case PartnerCenterException.BadGateway badGateway -> {
                LOG.warnf("Partner Center answered unusably: %s", badGateway.description());
                yield problem(ProblemType.PARTNER_CENTER_BAD_GATEWAY, badGateway, uri).build();
            }
            case PartnerCenterException.Unavailable unavailable -> {
                LOG.warnf("Partner Center is unavailable: %s", unavailable.description());
                long seconds = Math.max(1, unavailable.retryAfter().map(Duration::toSeconds).orElse(5L));
                yield problem(ProblemType.PARTNER_CENTER_UNAVAILABLE, unavailable, uri)
                        .header(HttpHeaders.RETRY_AFTER, seconds).build();
            }
        };
    }

    private Response.ResponseBuilder problem(ProblemType type, PartnerCenterException failure, UriInfo uri) {
        return problems.of(type, failure.description(), failure.code(), uri);
    }
}

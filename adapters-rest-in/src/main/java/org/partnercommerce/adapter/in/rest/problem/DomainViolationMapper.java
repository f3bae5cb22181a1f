package org.partnercommerce.adapter.in.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnercommerce.domain.shared.DomainViolation;
import org.partnercommerce.domain.shared.InvalidValue;

/** What the domain refuses, as problems: every kind of violation decides its status here. */
public class DomainViolationMapper {

    private final ProblemResponses problems;

    public DomainViolationMapper(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response map(DomainViolation violation, UriInfo uri) {
        return switch (violation) {
            case InvalidValue invalid -> problems.of(ProblemType.INVALID_REQUEST, invalid.getMessage(), invalid.code(), uri,
                    List.of(new ProblemError(null, invalid.field(), invalid.code(), invalid.getMessage()))).build();
        };
    }
}

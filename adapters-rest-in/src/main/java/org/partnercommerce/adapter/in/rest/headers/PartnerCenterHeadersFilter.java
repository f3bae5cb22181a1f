package org.partnercommerce.adapter.in.rest.correlation;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Gives every request a correlation id before anything else runs, and answers with it. */
public class CorrelationIdFilter {

    private static final String PROPERTY = CorrelationIdFilter.class.getName();

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String id = CorrelationId.from(request.getHeaderString(CorrelationId.HEADER));
        request.setProperty(PROPERTY, id);
        MDC.put(CorrelationId.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(CorrelationId.HEADER, id);
        }
    }
}

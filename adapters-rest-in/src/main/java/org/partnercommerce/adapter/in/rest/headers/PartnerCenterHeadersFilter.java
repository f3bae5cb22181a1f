package org.partnercommerce.adapter.in.rest.headers;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The request headers a Partner Center client sends, taken before anything else runs and answered
 * as Partner Center does: {@code MS-CorrelationId} (the caller's, or a new one) and
 * {@code MS-RequestId} (the caller's, or a new one) on every answer, and {@code X-Locale} when the
 * caller sent one. The correlation id and the locale are put in the logging context, where the
 * Partner Center client reads them for its own calls. A malformed {@code MS-RequestId} or
 * {@code X-Locale} is refused (400), after the correlation id is set, so the refusal carries it.
 */
public class PartnerCenterHeadersFilter {

    private static final String CORRELATION_ID = PartnerCenterHeadersFilter.class.getName() + ".correlationId";
    private static final String REQUEST_ID = PartnerCenterHeadersFilter.class.getName() + ".requestId";
    private static final String LOCALE = PartnerCenterHeadersFilter.class.getName() + ".locale";

    @ServerRequestFilter(preMatching = true)
    public void take(ContainerRequestContext request) {
        String correlationId = CorrelationId.from(request.getHeaderString(CorrelationId.HEADER));
        request.setProperty(CORRELATION_ID, correlationId);
        MDC.put(CorrelationId.MDC_KEY, correlationId);
        MDC.remove(CallerLocale.MDC_KEY);
        request.setProperty(REQUEST_ID, CallerRequestId.from(request.getHeaderString(CallerRequestId.HEADER))
                .orElseGet(() -> UUID.randomUUID().toString()));
        CallerLocale.from(request.getHeaderString(CallerLocale.HEADER)).ifPresent(locale -> {
            request.setProperty(LOCALE, locale);
            MDC.put(CallerLocale.MDC_KEY, locale);
        });
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        echo(request, CORRELATION_ID, response, CorrelationId.HEADER);
        echo(request, REQUEST_ID, response, CallerRequestId.HEADER);
        echo(request, LOCALE, response, CallerLocale.HEADER);
    }

    private static void echo(ContainerRequestContext request, String property, ContainerResponseContext response, String header) {
        Object value = request.getProperty(property);
        if (value != null) {
            response.getHeaders().putSingle(header, value);
        }
    }
}

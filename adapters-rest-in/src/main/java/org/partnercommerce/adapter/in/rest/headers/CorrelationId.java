package org.partnercommerce.adapter.in.rest.headers;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The id that ties a request's log lines, its problem body and its calls to Partner Center
 * together. A caller may bring its own in {@code MS-CorrelationId}, as with Partner Center.
 */
public final class CorrelationId {

    public static final String HEADER = "MS-CorrelationId";
    /** The logging MDC key; the Partner Center client reads it to send the same id upstream. */
    public static final String MDC_KEY = "correlationId";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private CorrelationId() {
    }

    /** The caller's id when it is a sensible token, else a new GUID. */
    public static String from(String header) {
        return header != null && ACCEPTED.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }

    /** The current request's correlation id. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}

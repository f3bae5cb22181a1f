package org.partnercommerce.adapter.out.partnercenter.http;

import java.util.Objects;

/**
 * What the request being served gives each of its calls to Partner Center: its correlation id,
 * so that Partner Center's logs and ours can be joined, and the locale its caller asked for.
 *
 * @param correlationId the {@code MS-CorrelationId} to send
 * @param locale        the {@code X-Locale} to send
 */
public record ServedRequest(String correlationId, String locale) {

    /** Partner Center's locale when the caller asked for none, and outside a request (the recovery job). */
    public static final String DEFAULT_LOCALE = "en-US";

    public ServedRequest {
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(locale, "locale");
    }
}

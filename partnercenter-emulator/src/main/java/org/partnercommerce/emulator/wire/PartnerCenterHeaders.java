package org.partnercommerce.emulator.wire;

import org.partnercommerce.emulator.http.Filter;
import org.partnercommerce.emulator.http.Handler;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The headers every Partner Center response carries (reference §1.1, §4.1): {@code MS-RequestId}
 * and {@code MS-CorrelationId} echoed (generated when absent, and then also passed on to the
 * handler as if the client had sent them), {@code MS-CV}, {@code MS-ServerId} and {@code X-Locale}.
 */
public final class PartnerCenterHeaders implements Filter {

    public static final String REQUEST_ID = "MS-RequestId";
    public static final String CORRELATION_ID = "MS-CorrelationId";
    public static final String CORRELATION_VECTOR = "MS-CV";
    public static final String SERVER_ID = "MS-ServerId";
    public static final String LOCALE = "X-Locale";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String serverId;

    public PartnerCenterHeaders(String serverId) {
        this.serverId = serverId;
    }

    /** A server id shaped like Partner Center's (nine digits, e.g. {@code 101112202}). */
    public static PartnerCenterHeaders withRandomServerId() {
        return new PartnerCenterHeaders(String.format("%09d", RANDOM.nextInt(1_000_000_000)));
    }

    @Override
    public Response apply(Request request, Handler next) {
        String requestId = given(request, REQUEST_ID).orElseGet(() -> UUID.randomUUID().toString());
        String correlationId = given(request, CORRELATION_ID).orElseGet(() -> UUID.randomUUID().toString());
        String vector = given(request, CORRELATION_VECTOR).orElseGet(PartnerCenterHeaders::newCorrelationVector);
        String locale = given(request, LOCALE).orElse("en-US");
        Request identified = request.withHeader(REQUEST_ID, requestId)
                .withHeader(CORRELATION_ID, correlationId)
                .withHeader(CORRELATION_VECTOR, vector)
                .withHeader(LOCALE, locale);
        return next.handle(identified)
                .withHeader(REQUEST_ID, requestId)
                .withHeader(CORRELATION_ID, correlationId)
                .withHeader(CORRELATION_VECTOR, vector)
                .withHeader(SERVER_ID, serverId)
                .withHeader(LOCALE, locale);
    }

    private static Optional<String> given(Request request, String header) {
        return request.header(header).map(String::trim).filter(value -> !value.isEmpty());
    }

    private static String newCorrelationVector() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + ".0";
    }
}

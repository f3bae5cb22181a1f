package org.partnercommerce.adapter.out.partnercenter.http;

import jakarta.ws.rs.HeaderParam;
import java.util.Objects;

/**
 * The per-call headers of one attempt. {@code requestId} is the same on every attempt of a logical
 * call (it is Partner Center's idempotency key); {@code authorization} may change between attempts
 * when a token is renewed. The constant headers are declared on the client interfaces.
 *
 * <p>The clients take it as one {@code @BeanParam}. A class with {@code get} getters, not a record:
 * the REST client reads bean parameters through fields or JavaBean getters only, and refuses a
 * record's accessors.
 */
public final class RequestHeaders {

    public static final String AUTHORIZATION = "Authorization";
    public static final String MS_REQUEST_ID = "MS-RequestId";
    public static final String MS_CORRELATION_ID = "MS-CorrelationId";
    public static final String MS_CONTRACT_VERSION = "MS-Contract-Version";
    public static final String X_LOCALE = "X-Locale";
    public static final String MS_PARTNER_CENTER_APPLICATION = "MS-PartnerCenter-Application";
    /** Seek paging: the token of the next page, from the previous page's {@code links.next}. */
    public static final String MS_CONTINUATION_TOKEN = "MS-ContinuationToken";
    public static final String APPLICATION_NAME = "Partner Commerce";

    private final String authorization;
    private final String requestId;
    private final ServedRequest served;

    public RequestHeaders(String authorization, String requestId, ServedRequest served) {
        this.authorization = authorization;
        this.requestId = requestId;
        this.served = served;
    }

    @HeaderParam(AUTHORIZATION)
    public String getAuthorization() {
        return authorization;
    }

    @HeaderParam(MS_REQUEST_ID)
    public String getRequestId() {
        return requestId;
    }

    @HeaderParam(MS_CORRELATION_ID)
    public String getCorrelationId() {
        return served.correlationId();
    }

    @HeaderParam(X_LOCALE)
    public String getLocale() {
        return served.locale();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestHeaders that && Objects.equals(authorization, that.authorization)
                && Objects.equals(requestId, that.requestId) && Objects.equals(served, that.served);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authorization, requestId, served);
    }

    @Override
    public String toString() {
        return "RequestHeaders[requestId=" + requestId + ", correlationId=" + served.correlationId() + ", locale=" + served.locale() + "]";
    }
}

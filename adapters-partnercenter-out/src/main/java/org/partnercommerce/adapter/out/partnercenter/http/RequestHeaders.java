package org.partnercommerce.adapter.out.partnercenter.http;

/**
 * The per-call headers of one attempt. {@code requestId} is the same on every attempt of a logical
 * call (it is Partner Center's idempotency key); {@code authorization} may change between attempts
 * when a token is renewed. The constant headers are declared on the client interfaces.
 */
public record RequestHeaders(String authorization, String requestId, String correlationId) {

    public static final String AUTHORIZATION = "Authorization";
    public static final String MS_REQUEST_ID = "MS-RequestId";
    public static final String MS_CORRELATION_ID = "MS-CorrelationId";
    public static final String MS_CONTRACT_VERSION = "MS-Contract-Version";
    public static final String X_LOCALE = "X-Locale";
    public static final String MS_PARTNER_CENTER_APPLICATION = "MS-PartnerCenter-Application";
    /** Seek paging: the token of the next page, from the previous page's {@code links.next}. */
    public static final String MS_CONTINUATION_TOKEN = "MS-ContinuationToken";
    public static final String APPLICATION_NAME = "Partner Commerce";

    @Override
    public String toString() {
        return "RequestHeaders[requestId=" + requestId + ", correlationId=" + correlationId + "]";
    }
}

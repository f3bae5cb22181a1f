package org.partnercommerce.adapter.out.partnercenter;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sees every request the Partner Center REST clients send, and every answer they get: a test
 * counts HTTP calls really made, and reads the headers sent and echoed. It can also spoil the
 * next request's token, to make Partner Center answer 401. Test-only: a global {@code @Provider}.
 */
@Provider
public class RecordedExchanges implements ClientRequestFilter, ClientResponseFilter {

    /** A request as it left, with the token it carried before a test spoiled it. */
    public record Sent(String method, String path, String query, String authorization, String originalAuthorization,
                       String requestId, String correlationId, String accept, String contractVersion, String locale,
                       String application) {
    }

    /** A request with Partner Center's answer. */
    public record Answered(Sent request, int status, String echoedRequestId, String echoedCorrelationId) {
    }

    private static final String SENT = RecordedExchanges.class.getName() + ".sent";
    private static final List<Sent> sent = new CopyOnWriteArrayList<>();
    private static final List<Answered> answered = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean spoilNextToken = new AtomicBoolean();

    public static void clear() {
        sent.clear();
        answered.clear();
        spoilNextToken.set(false);
    }

    public static List<Sent> sent() {
        return List.copyOf(sent);
    }

    public static List<Sent> sentTo(String path) {
        return sent.stream().filter(request -> request.path().equals(path)).toList();
    }

    public static List<Answered> answered() {
        return List.copyOf(answered);
    }

    /** The next request goes out with a token Partner Center cannot accept. */
    public static void spoilNextToken() {
        spoilNextToken.set(true);
    }

    @Override
    public void filter(ClientRequestContext request) {
        String authorization = request.getHeaderString("Authorization");
        String original = authorization;
        if (spoilNextToken.compareAndSet(true, false)) {
            authorization = "Bearer spoiled-by-the-test";
            request.getHeaders().putSingle("Authorization", authorization);
        }
        Sent recorded = new Sent(request.getMethod(), request.getUri().getPath(), request.getUri().getQuery(), authorization,
                original, request.getHeaderString("MS-RequestId"), request.getHeaderString("MS-CorrelationId"),
                request.getHeaderString("Accept"), request.getHeaderString("MS-Contract-Version"),
                request.getHeaderString("X-Locale"), request.getHeaderString("MS-PartnerCenter-Application"));
        request.setProperty(SENT, recorded);
        sent.add(recorded);
    }

    /** Also called when no answer came (a read timeout): such a response has no headers, and is not recorded. */
    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getHeaders() == null) {
            return;
        }
        answered.add(new Answered((Sent) request.getProperty(SENT), response.getStatus(),
                response.getHeaderString("MS-RequestId"), response.getHeaderString("MS-CorrelationId")));
    }
}

package org.partnercommerce.adapter.in.rest.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.partnercommerce.adapter.in.rest.access.Callers;
import org.partnercommerce.adapter.in.rest.headers.CallerRequestId;
import org.partnercommerce.adapter.in.rest.metrics.CallerMetrics;
import org.partnercommerce.application.port.in.idempotency.Answer;
import org.partnercommerce.application.port.in.idempotency.IdempotencyClaim;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequest;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequestsUseCase;

/**
 * {@code Idempotency-Key} on the resource methods marked {@link Idempotent}, as the IETF draft
 * and the payment APIs run it: a repeat of a request is given the first answer instead of doing
 * the work again. Everything about the key of the request being served happens here:
 *
 * <ol>
 *   <li><b>Claim</b>, before the resource method runs ({@link #answerOnce}, through
 *       {@link IdempotentInterceptor}): the key is the caller's own, and the request is told from
 *       another by its method, path and body as read — two requests that read the same are the
 *       same. A key answered before for the same request is answered again, byte for byte, with
 *       {@value #REPLAYED_HEADER}{@code : true}; a key first used for another request is refused
 *       ({@link IdempotencyKeyReused}, 422), and so is a key whose request is still being answered
 *       ({@link IdempotencyKeyInUse}, 409).</li>
 *   <li><b>A success is kept with its outcome</b> ({@link #keepWithOutcome}). The use case tells
 *       what it did — a cart, a checkout's result — through its {@code Outcomes} port, inside the
 *       unit of work that stores it; the resource's adapter of that port turns it into the answer
 *       the resource gives for it, and the answer is written here, for the claimed key, in that
 *       same unit of work. The outcome and its answer commit together, one commit and never the
 *       one without the other, and the core never sees an HTTP type or a callback: the port
 *       knows nothing of requests. (A use case that tells nothing, or an answer that cannot be
 *       written, leaves the answer to be kept afterwards, as below.)</li>
 *   <li><b>Anything else is kept afterwards</b> ({@link #keepAfterwards}, a response filter): an
 *       answer that decided something — a refusal, 4xx — is kept as it was sent; a server error
 *       decided nothing, so the key is released and a retry (after a database blip, say) is not
 *       blocked. A key that has an answer keeps it: neither another answer nor a release touches
 *       it, so an answer that committed with its outcome stays even if the request then fails.</li>
 * </ol>
 *
 * A request without the header but with Partner Center's {@code MS-RequestId} is keyed by that id,
 * as Partner Center keys it: a Partner Center client that retries a purchase with the same request
 * id is given the first answer. Both are the caller's keys for its requests, kept together: a
 * request id that a caller also sent as an {@code Idempotency-Key} names the same request, and the
 * fingerprint still tells another request apart. A request with neither header is served as if
 * none of this existed. A claim whose instance died
 * before answering is taken over by a retry once it is old enough ({@code IdempotentRequestsUseCase}).
 */
@RequestScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    private final IdempotentRequestsUseCase requests;
    private final Callers callers;
    private final HttpHeaders headers;
    private final Request request;
    private final UriInfo uri;
    private final ObjectMapper json;
    private final CallerMetrics metrics;

    /** The key this request claimed: none without a header, or when an earlier request's answer was given. */
    private IdempotentRequest claimed;
    /** The claim it made, to be released only while it is still this request's. */
    private IdempotencyClaim.Proceed claim;
    /** Whether the answer was written with the outcome, by a use case that then returned: its unit of work committed. */
    private boolean keptWithOutcome;

    public IdempotencyKeys(IdempotentRequestsUseCase requests, Callers callers, HttpHeaders headers, Request request, UriInfo uri,
                           ObjectMapper json, CallerMetrics metrics) {
        this.metrics = metrics;
        this.requests = requests;
        this.callers = callers;
        this.headers = headers;
        this.request = request;
        this.uri = uri;
        this.json = json;
    }

    /**
     * Claims the request's key, if it sent one, and answers: with the kept answer for a repeat,
     * with the resource method's otherwise. Throws when the key is in use or was used for
     * another request.
     *
     * @param body   what the request asks, as read
     * @param method the resource method, to run if the key is claimed
     */
    Object answerOnce(Object body, Callable<Object> method) throws Exception {
        Optional<String> key = callersKey(headers.getHeaderString(HEADER), headers.getHeaderString(CallerRequestId.HEADER));
        if (key.isEmpty()) {
            return method.call();
        }
        IdempotentRequest keyed = new IdempotentRequest(callers.current().subject(), key.get(),
                fingerprint(request.getMethod() + " " + uri.getPath() + "\n" + write(body)));
        switch (requests.claim(keyed)) {
            case IdempotencyClaim.Replay replay -> {
                metrics.replayed();
                return replayOf(replay.answer());
            }
            case IdempotencyClaim.InFlight inFlight -> throw new IdempotencyKeyInUse();
            case IdempotencyClaim.KeyReused reused -> throw new IdempotencyKeyReused();
            case IdempotencyClaim.Proceed proceed -> {
                claimed = keyed;
                claim = proceed;
            }
        }
        try {
            return method.call();
        } catch (Exception failed) {
            // The unit of work that kept an answer may have rolled back since: keep or release the key
            // afterwards, which changes nothing if the answer was committed after all.
            keptWithOutcome = false;
            throw failed;
        }
    }

    /**
     * Keeps, for the key this request claimed, the answer the resource gives for its use case's
     * outcome: called inside the unit of work that stores the outcome. Nothing without a claimed
     * key. An answer that cannot be written is left for afterwards, rather than failing the unit
     * of work that records a purchase.
     */
    public void keepWithOutcome(Supplier<Response> answer) {
        if (claimed == null) {
            return;
        }
        Answer written;
        try {
            written = answerOf(answer.get());
        } catch (RuntimeException unwritable) {
            LOG.warn("An answer could not be written with its outcome; it is kept after the request", unwritable);
            return;
        }
        requests.remember(claimed, written);
        keptWithOutcome = true;
    }

    /**
     * Keeps the answer the request was given, unless it was kept with its outcome; releases the key
     * instead after a server error, or when the answer cannot be kept (the database went away):
     * a retry then decides again rather than wait for the key to be abandoned. Keeping an answer
     * for repeats never changes the answer given. A key that cannot be released now is released
     * once the database is back ({@code IdempotentRequestsUseCase#release}).
     */
    @ServerResponseFilter
    public void keepAfterwards(ContainerResponseContext response) {
        if (claimed == null || keptWithOutcome) {
            return;
        }
        if (response.getStatus() < 500) {
            try {
                requests.remember(claimed, answerOf(response.getStatus(), response.getMediaType(), response.getEntity()));
                return;
            } catch (RuntimeException unkept) {
                LOG.warnf("The answer to an Idempotency-Key could not be kept; the key is freed for a retry: %s", unkept.getMessage());
            }
        }
        try {
            requests.release(claimed, claim);
        } catch (RuntimeException unreleased) {
            LOG.warnf("An Idempotency-Key could not be released; it is taken over once abandoned: %s", unreleased.getMessage());
        }
    }

    /** The key as the caller sent it: a structured-field string ({@code "abc"}), or bare. */
    public static Optional<String> keyOf(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        return Optional.of(key);
    }

    /**
     * The caller's key for its request: its {@code Idempotency-Key}, else its {@code MS-RequestId} (a
     * malformed one is refused), else none.
     */
    public static Optional<String> callersKey(String idempotencyKeyHeader, String requestIdHeader) {
        return keyOf(idempotencyKeyHeader).or(() -> CallerRequestId.from(requestIdHeader));
    }

    private static Response replayOf(Answer answer) {
        return Response.status(answer.status()).type(answer.contentType()).entity(answer.body())
                .header(REPLAYED_HEADER, "true").build();
    }

    private Answer answerOf(Response response) {
        return answerOf(response.getStatus(), response.getMediaType(), response.getEntity());
    }

    /** An answer as it is kept: JSON unless the resource said otherwise, the body as written on the wire. */
    private Answer answerOf(int status, MediaType type, Object entity) {
        String body = switch (entity) {
            case null -> "";
            case String text -> text;
            default -> write(entity);
        };
        return new Answer(status, type == null ? MediaType.APPLICATION_JSON : type.toString(), body);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A value could not be written as JSON", e);
        }
    }

    private static String fingerprint(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

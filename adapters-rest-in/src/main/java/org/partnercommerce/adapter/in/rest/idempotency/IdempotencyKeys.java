package org.partnercommerce.adapter.in.rest.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.in.rest.access.Callers;
import org.partnercommerce.application.port.in.idempotency.Answer;
import org.partnercommerce.application.port.in.idempotency.AnswerKeeper;
import org.partnercommerce.application.port.in.idempotency.IdempotencyClaim;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequest;
import org.partnercommerce.application.port.in.idempotency.IdempotentRequestsUseCase;

/**
 * The {@code Idempotency-Key} of the current request (IETF draft semantics), claimed before a
 * resource does its work. A successful answer is kept by the use case, with the result it tells
 * of ({@link #answering}); any other answer by {@link IdempotentResponses} once it is known.
 */
@RequestScoped
public class IdempotencyKeys {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final IdempotentRequestsUseCase requests;
    private final Callers callers;
    private final ObjectMapper json;
    private IdempotentRequest claimed;
    private Answer kept;

    public IdempotencyKeys(IdempotentRequestsUseCase requests, Callers callers, ObjectMapper json) {
        this.requests = requests;
        this.callers = callers;
        this.json = json;
    }

    /**
     * Claims the key for this request. Empty: go on and do the work. Present: the answer a
     * retry of an answered request gets. Throws when the key is in flight or was used for
     * another request.
     *
     * @param request what the request asks, as read: two requests that read the same are the same
     */
    public Optional<Response> claim(String header, String method, String path, Object request) {
        Optional<String> key = keyOf(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        IdempotentRequest idempotent = new IdempotentRequest(callers.current().subject(), key.get(),
                fingerprint(method + " " + path + "\n" + write(request)));
        return switch (requests.claim(idempotent)) {
            case IdempotencyClaim.Proceed proceed -> {
                claimed = idempotent;
                yield Optional.empty();
            }
            case IdempotencyClaim.Replay replay -> Optional.of(Response.status(replay.answer().status())
                    .type(replay.answer().contentType())
                    .entity(replay.answer().body())
                    .header(REPLAYED_HEADER, "true")
                    .build());
            case IdempotencyClaim.InFlight inFlight -> throw new IdempotencyKeyInUse();
            case IdempotencyClaim.KeyReused reused -> throw new IdempotencyKeyReused();
        };
    }

    /**
     * What keeps the answer {@code respond} makes of the use case's result, for replays: the use
     * case calls it in the unit of work that stores the result. Nothing is kept without a key. An
     * answer that cannot be written is left to {@link IdempotentResponses}, rather than failing the
     * unit of work that records a purchase.
     */
    public <R> AnswerKeeper<R> answering(Function<R, Response> respond) {
        if (claimed == null) {
            return AnswerKeeper.none();
        }
        IdempotentRequest request = claimed;
        return result -> {
            Answer answer;
            try {
                Response response = respond.apply(result);
                answer = answerOf(response.getStatus(), response.getMediaType(), response.getEntity());
            } catch (RuntimeException unwritable) {
                LOG.warn("An idempotent answer could not be written inside its unit of work; the response filter keeps it",
                        unwritable);
                return;
            }
            requests.remember(request, answer);
            kept = answer;
        };
    }

    /**
     * Whether the use case kept an answer with this status, so the response filter need not keep
     * it again. Should the use case's unit of work have rolled back after all, the request ends in
     * an error, whose status differs, and the filter keeps or frees the key as for any error: a
     * key answered already keeps its first answer, and is never freed.
     */
    boolean kept(int status) {
        return kept != null && kept.status() == status;
    }

    /** An answer as it is kept: JSON unless the resource said otherwise, the body as written on the wire. */
    Answer answerOf(int status, MediaType type, Object entity) {
        return new Answer(status, type == null ? MediaType.APPLICATION_JSON : type.toString(), body(entity));
    }

    private String body(Object entity) {
        if (entity == null) {
            return "";
        }
        if (entity instanceof String text) {
            return text;
        }
        return write(entity);
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

    Optional<IdempotentRequest> claimed() {
        return Optional.ofNullable(claimed);
    }

    private String write(Object request) {
        try {
            return json.writeValueAsString(request);
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

package org.partnercommerce.emulator.replay;

import org.partnercommerce.emulator.http.Response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answer given to a request, kept to be given again to a repeat of it.
 *
 * @param fingerprint what the request's body was (canonical JSON, hashed), to refuse a reused
 *                    request id with another body
 */
public record StoredResponse(int status, Map<String, List<String>> headers, byte[] body, String fingerprint, Instant storedAt) {

    public StoredResponse {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    static StoredResponse of(Response response, String fingerprint, Instant now) {
        return new StoredResponse(response.status(), response.headers(), response.body(), fingerprint, now);
    }

    Response toResponse() {
        return Response.of(status, headers, body);
    }

    /** Whether a repeat should get this answer: not the transient ones (408, 409, 429, 5xx), after which a retry may do the work. */
    static boolean worthKeeping(Response response) {
        int status = response.status();
        return !response.dropsConnection() && status < 500 && status != 408 && status != 409 && status != 429;
    }
}

package org.partnercommerce.emulator.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.wire.Json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * A token request Entra ID would refuse, answered the way Entra does: 400 or 401 with
 * {@code error}, an {@code AADSTS<code>: ...} description, {@code error_codes}, timestamp and
 * trace and correlation ids.
 */
public final class TokenRequestRejected extends RuntimeException {

    private static final DateTimeFormatter ENTRA_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private final int status;
    private final String error;
    private final int aadsts;

    private TokenRequestRejected(int status, String error, int aadsts, String message) {
        super(message);
        this.status = status;
        this.error = error;
        this.aadsts = aadsts;
    }

    public static TokenRequestRejected invalidRequest(int aadsts, String message) {
        return new TokenRequestRejected(400, "invalid_request", aadsts, message);
    }

    public static TokenRequestRejected missingParameter(String parameter) {
        return invalidRequest(900144, "The request body must contain the following parameter: '" + parameter + "'.");
    }

    public static TokenRequestRejected invalidClient(int aadsts, String message) {
        return new TokenRequestRejected(401, "invalid_client", aadsts, message);
    }

    public static TokenRequestRejected unauthorizedClient(int aadsts, String message) {
        return new TokenRequestRejected(400, "unauthorized_client", aadsts, message);
    }

    public static TokenRequestRejected invalidGrant(int aadsts, String message) {
        return new TokenRequestRejected(400, "invalid_grant", aadsts, message);
    }

    public static TokenRequestRejected unsupportedGrantType(String grantType) {
        return new TokenRequestRejected(400, "unsupported_grant_type", 70003,
                "The app requested an unsupported grant type '" + grantType + "'.");
    }

    public static TokenRequestRejected invalidScope(int aadsts, String message) {
        return new TokenRequestRejected(400, "invalid_scope", aadsts, message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public int aadsts() {
        return aadsts;
    }

    public Response toResponse(Instant now, String correlationId) {
        String traceId = UUID.randomUUID().toString();
        String timestamp = ENTRA_TIMESTAMP.format(now);
        String description = "AADSTS" + aadsts + ": " + getMessage() + " Trace ID: " + traceId
                + " Correlation ID: " + correlationId + " Timestamp: " + timestamp;
        return Json.response(status, new Body(error, description, List.of(aadsts), timestamp, traceId, correlationId,
                        "https://login.microsoftonline.com/error?code=" + aadsts))
                .withHeader("Cache-Control", "no-store, no-cache")
                .withHeader("Pragma", "no-cache")
                .withHeader("x-ms-request-id", traceId);
    }

    record Body(String error,
                @JsonProperty("error_description") String errorDescription,
                @JsonProperty("error_codes") List<Integer> errorCodes,
                String timestamp,
                @JsonProperty("trace_id") String traceId,
                @JsonProperty("correlation_id") String correlationId,
                @JsonProperty("error_uri") String errorUri) {
    }
}

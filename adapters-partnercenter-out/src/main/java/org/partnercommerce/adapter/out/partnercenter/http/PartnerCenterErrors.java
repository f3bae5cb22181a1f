package org.partnercommerce.adapter.out.partnercenter.http;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.application.port.out.PartnerCenterException.BadGateway;
import org.partnercommerce.application.port.out.PartnerCenterException.Conflict;
import org.partnercommerce.application.port.out.PartnerCenterException.Forbidden;
import org.partnercommerce.application.port.out.PartnerCenterException.NotFound;
import org.partnercommerce.application.port.out.PartnerCenterException.Rejected;
import org.partnercommerce.application.port.out.PartnerCenterException.Unavailable;

/**
 * The one place where an error answer of Partner Center becomes a port exception. Every client
 * interface's {@code @ClientExceptionMapper} delegates here.
 */
public final class PartnerCenterErrors {

    private PartnerCenterErrors() {
    }

    /** For {@code @ClientExceptionMapper}: reads status, {@code Retry-After} and body of the answer. */
    public static PartnerCenterHttpFailure fromResponse(Response response) {
        String body;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : null;
        } catch (RuntimeException unreadable) {
            body = null;
        }
        return fromAnswer(response.getStatus(), response.getHeaderString("Retry-After"), body, Instant.now());
    }

    public static PartnerCenterHttpFailure fromAnswer(int status, String retryAfterHeader, String body, Instant now) {
        ApiFaultDto fault = parse(body);
        String code = fault == null ? null : fault.errorCode();
        String text = fault == null ? null : fault.text();
        String description = text != null ? text
                : "Partner Center answered HTTP " + status + (body == null || body.isBlank() ? "." : " with a body this service cannot read.");
        Duration retryAfter = RetryAfter.parse(retryAfterHeader, now);
        if (retryAfter == null && status == 429 && fault != null) {
            retryAfter = RetryAfter.fromMessage(fault.message());
        }
        return new PartnerCenterHttpFailure(status, retryAfter, translate(status, code, description, retryAfter));
    }

    static PartnerCenterException translate(int status, String code, String description, Duration retryAfter) {
        if (RetryPolicy.isRetryableStatus(status)) {
            return new Unavailable(code, description, retryAfter);
        }
        return switch (status) {
            case 400 -> new Rejected(code, description);
            case 401 -> new BadGateway(code, "Partner Center refused this service's credentials: " + description);
            case 403 -> new Forbidden(code, description);
            case 404 -> new NotFound(code, description);
            case 409, 412 -> new Conflict(code, description);
            default -> status >= 400 && status < 500
                    ? new Rejected(code, description)
                    : new BadGateway(code, "Partner Center answered an unexpected HTTP " + status + ": " + description);
        };
    }

    private static ApiFaultDto parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return PartnerCenterJson.MAPPER.readValue(body, ApiFaultDto.class);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}

package org.partnercommerce.emulator;

import org.partnercommerce.emulator.control.ControlRequestRejected;
import org.partnercommerce.emulator.http.FailureMapper;
import org.partnercommerce.emulator.http.MethodNotAllowed;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.RouteNotFound;
import org.partnercommerce.emulator.http.UnreadableBody;
import org.partnercommerce.emulator.token.TokenRequestRejected;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.RateLimitExceeded;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one place where failures become responses: Partner Center faults as ApiFaults, throttling
 * with its own body, token refusals as Entra errors, routing and body problems as the
 * ApiFaults Partner Center would send, control API refusals as {@code {"error": ...}}, anything
 * else as a 500 ApiFault. (Used as a filter at more than one depth: the request replay needs the
 * rendered answer to keep it, the outer one renders what happens around it.)
 */
final class EmulatorFailures implements FailureMapper {

    private static final System.Logger LOG = System.getLogger(EmulatorFailures.class.getName());

    private final Clock clock;

    EmulatorFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Response toResponse(RuntimeException failure, Request request) {
        return switch (failure) {
            case PartnerCenterFault fault -> fault.toResponse();
            case RateLimitExceeded throttled -> throttled.toResponse();
            case TokenRequestRejected rejected -> rejected.toResponse(clock.instant(),
                    request.header("client-request-id").orElseGet(() -> UUID.randomUUID().toString()));
            case RouteNotFound notFound -> PartnerCenterFault.notFound(
                    "The resource '" + notFound.path() + "' was not found.").toResponse();
            case MethodNotAllowed notAllowed -> PartnerCenterFault.methodNotAllowed(notAllowed.method(),
                    notAllowed.allowed()).toResponse();
            case UnreadableBody unreadable -> PartnerCenterFault.unreadableBody(unreadable.getMessage()).toResponse();
            case ControlRequestRejected rejected -> Json.response(400, Map.of("error", rejected.getMessage()));
            default -> {
                LOG.log(Level.WARNING, "Unexpected failure answering " + request, failure);
                yield new PartnerCenterFault(500, 800003, "Unexpected service error: " + failure).toResponse();
            }
        };
    }
}

package org.partnercommerce.emulator.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.partnercommerce.emulator.http.Filter;
import org.partnercommerce.emulator.http.Handler;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.security.Caller;
import org.partnercommerce.emulator.wire.Json;
import org.partnercommerce.emulator.wire.PartnerCenterFault;
import org.partnercommerce.emulator.wire.PartnerCenterHeaders;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * {@code MS-RequestId} as an idempotency key (reference §4.1): a POST or PUT repeated by the same
 * caller (tenant, application, user) on the same path with the same request id gets the first
 * answer again (status, body, content type) and does nothing. Only answers a retry should get are
 * kept ({@link StoredResponse#worthKeeping}). A repeat while the first is still being worked on
 * gets 409/800064; a request id reused for another body (compared as canonical JSON) 400/800002.
 * GETs are never replayed. Runs inside the bearer authentication (it needs the caller) and
 * around the failure mapping (it keeps error answers too).
 */
public final class RequestReplay implements Filter {

    private static final Set<String> REPLAYED_METHODS = Set.of("POST", "PUT", "PATCH");

    private final ReplayStore store;

    public RequestReplay(ReplayStore store) {
        this.store = store;
    }

    @Override
    public Response apply(Request request, Handler next) {
        Caller caller = request.attribute(Caller.class).orElse(null);
        String requestId = request.header(PartnerCenterHeaders.REQUEST_ID).orElse(null);
        if (!REPLAYED_METHODS.contains(request.method()) || caller == null || requestId == null) {
            return next.handle(request);
        }
        String key = String.join(" ", caller.identityKey(), request.method(), normalizedPath(request.path()),
                requestId.trim().toLowerCase(Locale.ROOT));
        String fingerprint = fingerprint(request.body());
        return switch (store.claim(key, fingerprint)) {
            case ReplayStore.Claim.Replay replay -> replay.response();
            case ReplayStore.Claim.InFlight ignored -> throw PartnerCenterFault.requestBeingProcessed(requestId);
            case ReplayStore.Claim.OtherRequest ignored -> throw PartnerCenterFault.invalidRequestInput("The MS-RequestId " + requestId
                    + " was already used for another request to " + request.path() + "; send a new MS-RequestId for a new request.");
            case ReplayStore.Claim.Granted ignored -> {
                Response response;
                try {
                    response = next.handle(request);
                } catch (RuntimeException failure) {
                    store.abandon(key);
                    throw failure;
                }
                store.complete(key, fingerprint, response);
                yield response;
            }
        };
    }

    private static String normalizedPath(String path) {
        String lower = path.toLowerCase(Locale.ROOT).replaceAll("/+", "/");
        return lower.length() > 1 && lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** The body as canonical JSON (keys sorted, no whitespace) when it is JSON, else as it is; hashed. */
    static String fingerprint(byte[] body) {
        byte[] canonical = body;
        if (body.length > 0) {
            try {
                JsonNode tree = Json.mapper().readTree(body);
                Object plain = Json.mapper().treeToValue(tree, Object.class);
                canonical = Json.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(plain);
            } catch (IOException notJson) {
                canonical = body;
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("This JDK has no SHA-256", impossible);
        }
    }
}

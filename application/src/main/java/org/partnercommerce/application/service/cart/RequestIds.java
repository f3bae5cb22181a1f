package org.partnercommerce.application.service.cart;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.partnercommerce.application.port.in.access.Caller;
import org.partnercommerce.domain.cart.RequestId;

/**
 * The {@code MS-RequestId} of a call that changes something in Partner Center. When the
 * caller sent an idempotency key, the id is derived from it (and the caller and operation),
 * so the caller's retry carries the same id and Partner Center answers it instead of doing
 * the work twice; otherwise a new one.
 */
public final class RequestIds {

    private RequestIds() {
    }

    public static RequestId forOperation(String operation, Caller caller, Optional<String> idempotencyKey, Supplier<UUID> ids) {
        return idempotencyKey
                .map(key -> UUID.nameUUIDFromBytes((operation + "\n" + caller.subject() + "\n" + key).getBytes(StandardCharsets.UTF_8)))
                .map(uuid -> RequestId.of(uuid.toString()))
                .orElseGet(() -> random(ids));
    }

    public static RequestId random(Supplier<UUID> ids) {
        return RequestId.of(ids.get().toString());
    }
}

package org.partnercommerce.application.port.in.idempotency;

import java.time.Instant;

/** What a request with an idempotency key may do. */
public sealed interface IdempotencyClaim {

    /** The key is new (or freed, or taken over) and claimed at {@code claimedAt}: do the work, then remember or release. */
    record Proceed(Instant claimedAt) implements IdempotencyClaim {
    }

    /** The same request was answered before: answer the same. */
    record Replay(Answer answer) implements IdempotencyClaim {
    }

    /** The same key is being answered right now. */
    record InFlight() implements IdempotencyClaim {
    }

    /** The key was used for another request. */
    record KeyReused() implements IdempotencyClaim {
    }
}

package org.partnercommerce.adapter.in.rest.headers;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * The {@code MS-RequestId} a Partner Center client sends: a GUID naming one logical request, the
 * same on each of its retries. Partner Center answers a repeated one with its first answer, and so
 * do we: on the methods that buy, it is the caller's idempotency key when no
 * {@code Idempotency-Key} is given. Every answer carries one back.
 */
public final class CallerRequestId {

    public static final String HEADER = "MS-RequestId";

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CallerRequestId() {
    }

    /** The request id the caller sent, if any; a value that is not a GUID is refused, as Partner Center does. */
    public static Optional<String> from(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String id = header.strip();
        if (!GUID.matcher(id).matches()) {
            throw new InvalidValue(HEADER, "MS-RequestId is a GUID, e.g. 2c6e1f4a-8c0b-4f55-9d8e-6a3b1c0d2e4f, new for each request "
                    + "and the same on its retries.");
        }
        return Optional.of(id.toLowerCase(Locale.ROOT));
    }

    /** The request id to answer with where nothing is refused for it (a busy service, a body too large): the caller's, else a new one. */
    public static String answered(String header) {
        return header != null && GUID.matcher(header.strip()).matches() ? header.strip().toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
    }
}

package org.partnercommerce.application.port.in.idempotency;

import java.util.Objects;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A request sent with an idempotency key.
 *
 * @param caller      whose key it is: another caller's identical key is another key
 * @param key         the caller's key, 1 to {@value #MAXIMUM_KEY_LENGTH} printable characters
 * @param fingerprint what the request asked (a digest of its method, path and body), to tell a
 *                    retry from another request reusing the key
 */
public record IdempotentRequest(String caller, String key, String fingerprint) {

    public static final int MAXIMUM_KEY_LENGTH = 255;

    public IdempotentRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(fingerprint, "fingerprint");
        if (key == null || key.isEmpty() || key.length() > MAXIMUM_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new InvalidValue("Idempotency-Key", "An Idempotency-Key is 1 to " + MAXIMUM_KEY_LENGTH
                    + " printable ASCII characters.");
        }
    }
}

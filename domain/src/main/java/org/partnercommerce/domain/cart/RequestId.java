package org.partnercommerce.domain.cart;

import org.partnercommerce.domain.shared.Guid;

/**
 * The {@code MS-RequestId} of a call to Partner Center, a GUID: its idempotency key. A
 * checkout keeps one request id from its start to its end, through every retry.
 */
public record RequestId(String value) {

    public RequestId {
        value = Guid.parse("requestId", value);
    }

    public static RequestId of(String value) {
        return new RequestId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

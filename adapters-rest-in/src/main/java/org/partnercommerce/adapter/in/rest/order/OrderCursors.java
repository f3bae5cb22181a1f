package org.partnercommerce.adapter.in.rest.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import org.partnercommerce.domain.order.OrderCursor;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.shared.InvalidValue;

/** A page's continuation token: where the page ended, opaque to the caller. */
final class OrderCursors {

    private OrderCursors() {
    }

    static String write(OrderCursor cursor) {
        String plain = cursor.creationDate() + "|" + cursor.orderId().value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<OrderCursor> read(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token.strip()), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return Optional.of(new OrderCursor(Instant.parse(plain.substring(0, bar)), OrderId.of(plain.substring(bar + 1))));
        } catch (IllegalArgumentException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new InvalidValue("continuationToken", "The continuation token is not one this API gave.");
        }
    }
}

package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.LineConfirmation;

/** Partner Center's answer to a created or updated cart: its id, when it was made, and what it said of each line. */
public record PartnerCenterCart(CartId id, Instant createdAt, List<LineConfirmation> lines) {

    public PartnerCenterCart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        lines = List.copyOf(lines);
    }

    public boolean hasLineErrors() {
        return lines.stream().anyMatch(line -> line.error().isPresent());
    }
}

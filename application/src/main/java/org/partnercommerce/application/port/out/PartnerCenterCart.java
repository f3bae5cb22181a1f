package org.partnercommerce.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.LineConfirmation;

/**
 * Partner Center's answer to a created or updated cart: its id, when it was made, when it
 * expires (where Partner Center said), and what it said of each line (line errors included).
 */
public record PartnerCenterCart(CartId id, Instant createdAt, Optional<Instant> expiresAt, List<LineConfirmation> lines) {

    public PartnerCenterCart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        expiresAt = Objects.requireNonNullElse(expiresAt, Optional.empty());
        lines = List.copyOf(lines);
    }
}

package org.partnercommerce.domain.cart;

import java.util.Objects;
import org.partnercommerce.domain.catalog.TermDuration;

/**
 * The paid term a free trial converts to when it ends ({@code renewsTo}). Partner Center
 * sends it as one object, {@code {"termDuration": "P1Y"}}; only {@code P1M} and {@code P1Y}
 * are allowed, which the line rules check.
 */
public record RenewsTo(TermDuration termDuration) {

    public RenewsTo {
        Objects.requireNonNull(termDuration, "termDuration");
    }

    public static RenewsTo of(TermDuration termDuration) {
        return new RenewsTo(termDuration);
    }
}

package org.partnercommerce.domain.entitlement;

import java.util.Objects;

/** How many of an entitlement's units are in one state ({@code Fulfilled}, {@code Active}, ... as Partner Center writes it). */
public record QuantityDetail(int quantity, String status) {

    public QuantityDetail {
        Objects.requireNonNull(status, "status");
    }
}

package org.partnercommerce.adapter.out.partnercenter.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.partnercommerce.domain.cart.RenewsTo;

/** {@code {"termDuration": "P1Y"}}: one object, although the docs' table says "array" (reference §0.13). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RenewsToDto(String termDuration) {

    public static RenewsToDto from(RenewsTo renewsTo) {
        return new RenewsToDto(renewsTo.termDuration().value());
    }
}

package org.partnercommerce.adapter.in.rest.cart;

import java.math.BigDecimal;
import org.partnercommerce.domain.billing.Pricing;

/** Partner Center's Pricing: pre-tax amounts in the line's currency. */
public record PricingResponse(BigDecimal listPrice, BigDecimal discountedPrice, BigDecimal proratedPrice, BigDecimal price,
                              BigDecimal extendedPrice) {

    public static PricingResponse from(Pricing pricing) {
        return new PricingResponse(pricing.listPrice().amount(), pricing.discountedPrice().amount(),
                pricing.proratedPrice().amount(), pricing.price().amount(), pricing.extendedPrice().amount());
    }
}

package org.partnercommerce.adapter.out.partnercenter.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.billing.PricingDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.cart.LineConfirmation;
import org.partnercommerce.domain.order.OrderGroup;

/**
 * One line of a cart as Partner Center answers it: what it assigned ({@code orderGroup},
 * {@code currencyCode}), what it priced ({@code pricing}, new commerce only) and what it found
 * wrong ({@code error}). What was asked (catalog item, quantity, terms, ...) is ours already and is
 * not read back.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartLineItemDto(Integer id, String orderGroup, String currencyCode, PricingDto pricing, CartErrorDto error) {

    /** @param position the line's place in the answer, its id when Partner Center sent none */
    public LineConfirmation toConfirmation(int position) {
        CurrencyCode currency = Wire.currency(currencyCode);
        return new LineConfirmation(
                id == null ? position : id,
                orderGroup == null || orderGroup.isBlank() ? Optional.empty() : Optional.of(OrderGroup.of(orderGroup.trim())),
                Optional.ofNullable(currency),
                pricing == null ? Optional.empty() : pricing.toDomain(currency),
                error == null ? Optional.empty() : Optional.of(error.toDomain()));
    }
}

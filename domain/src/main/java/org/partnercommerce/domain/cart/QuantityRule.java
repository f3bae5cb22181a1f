package org.partnercommerce.domain.cart;

import java.util.List;
import org.partnercommerce.domain.shared.CartRuleViolation;

/** The quantity stays within the SKU's (or legacy offer's) minimum and maximum ({@code 10015}). */
final class QuantityRule implements LineRule {

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        return line.item().flatMap(item -> item.quantityOutOfLimits(line.line().quantity().value()))
                .<List<CartRuleViolation>>map(reason -> List.of(new CartRuleViolation.QuantityOutOfRange(line.lineId(),
                        line.title() + " " + reason)))
                .orElse(List.of());
    }
}

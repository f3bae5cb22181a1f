package org.partnercommerce.domain.cart;

import java.util.List;
import org.partnercommerce.domain.shared.CartRuleViolation;

/** A promotion id, when given, is of the documented form ({@code 10014}); see {@link PromotionId}. */
final class PromotionIdRule implements LineRule {

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        return line.line().promotionId()
                .filter(promotionId -> !promotionId.isWellFormed())
                .<List<CartRuleViolation>>map(promotionId -> List.of(new CartRuleViolation.InvalidPromotionId(line.lineId(),
                        "'" + promotionId.value() + "' is not a promotion id: one to three parts of letters, digits and dashes, "
                                + "separated by ':'.")))
                .orElse(List.of());
    }
}

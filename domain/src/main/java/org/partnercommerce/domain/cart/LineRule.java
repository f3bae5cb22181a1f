package org.partnercommerce.domain.cart;

import java.util.List;
import org.partnercommerce.domain.shared.CartRuleViolation;

/** One documented rule of a cart line: every way the line breaks it, or nothing. */
interface LineRule {

    List<CartRuleViolation> check(LineUnderCheck line);
}

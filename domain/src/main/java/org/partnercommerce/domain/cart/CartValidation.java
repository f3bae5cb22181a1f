package org.partnercommerce.domain.cart;

import java.util.List;
import org.partnercommerce.domain.shared.CartRejected;
import org.partnercommerce.domain.shared.CartRuleViolation;

/** The outcome of holding a cart draft against the catalog: grouped and ready to send, or every problem. */
public sealed interface CartValidation permits CartValidation.Valid, CartValidation.Invalid {

    /** The validated cart, or a {@link CartRejected} carrying every problem. */
    ValidatedCart orElseThrow();

    /** No rule is broken: the lines, grouped for ordering. */
    record Valid(ValidatedCart cart) implements CartValidation {
        @Override
        public ValidatedCart orElseThrow() {
            return cart;
        }
    }

    /** Every broken rule of every line, in line order. */
    record Invalid(List<CartRuleViolation> problems) implements CartValidation {
        public Invalid {
            if (problems == null || problems.isEmpty()) {
                throw new IllegalArgumentException("An invalid cart has at least one problem");
            }
            problems = List.copyOf(problems);
        }

        public CartRejected rejection() {
            return new CartRejected(problems);
        }

        @Override
        public ValidatedCart orElseThrow() {
            throw rejection();
        }
    }
}

package org.partnercommerce.domain.reconciliation;

import java.math.BigDecimal;

/**
 * What reconciling says of one invoice line: it charges what was bought through this service
 * ({@link Matched}), something this service never ordered ({@link NotOrderedThroughUs}), a quantity
 * or price other than the order's ({@link QuantityDiffers}, {@link PriceDiffers}, with both values),
 * or it gives money back ({@link Credited}).
 */
public sealed interface Verdict {

    /** The verdict's stable name, as the API and the CSV write it. */
    String code();

    record Matched() implements Verdict {
        @Override
        public String code() {
            return "matched";
        }
    }

    record NotOrderedThroughUs() implements Verdict {
        @Override
        public String code() {
            return "not-ordered-through-us";
        }
    }

    record QuantityDiffers(int invoiced, int ordered) implements Verdict {
        @Override
        public String code() {
            return "quantity-differs";
        }
    }

    record PriceDiffers(BigDecimal invoiced, BigDecimal ordered) implements Verdict {
        @Override
        public String code() {
            return "price-differs";
        }
    }

    record Credited() implements Verdict {
        @Override
        public String code() {
            return "credited";
        }
    }
}

package org.partnercommerce.domain.catalog;

import java.util.List;

/** The refunds a term allows when it is cancelled, in order. */
public record CancellationPolicy(List<RefundOption> refundOptions) {

    public CancellationPolicy {
        refundOptions = List.copyOf(refundOptions);
    }
}

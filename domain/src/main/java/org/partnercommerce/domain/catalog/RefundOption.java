package org.partnercommerce.domain.catalog;

import java.time.Period;

/** A refund a cancellation gets within a window after purchase: {@code Full} within {@code P1D}, ... */
public record RefundOption(int sequenceId, String type, Period expiresAfter) {
}

package org.partnercommerce.domain.cart;

import java.util.List;
import org.partnercommerce.domain.customer.CustomerId;

/**
 * A cart that passed every line rule, with its lines grouped for ordering, not yet sent
 * to Partner Center (so without an id). Only {@link CartDraft#validate} makes one; it is
 * what a {@link Cart} is created or updated from.
 */
public final class ValidatedCart {

    private final CustomerId customerId;
    private final List<CartLineItem> lineItems;
    private final boolean partnerOnRecordAttestationAccepted;

    ValidatedCart(CustomerId customerId, List<CartLineItem> lineItems, boolean partnerOnRecordAttestationAccepted) {
        this.customerId = customerId;
        this.lineItems = List.copyOf(lineItems);
        this.partnerOnRecordAttestationAccepted = partnerOnRecordAttestationAccepted;
    }

    public CustomerId customerId() {
        return customerId;
    }

    /** The lines, numbered 0..n-1, each with its order group and currency. */
    public List<CartLineItem> lineItems() {
        return lineItems;
    }

    public boolean partnerOnRecordAttestationAccepted() {
        return partnerOnRecordAttestationAccepted;
    }
}

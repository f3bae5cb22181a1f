package org.partnercommerce.adapter.in.rest.cart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * Partner Center's Cart as a client sends it to create or replace one: its line items and
 * the partner-of-record attestation. What the server assigns (id, timestamps, status, order
 * groups) is ignored if sent.
 */
public record CartRequest(List<CartLineItemRequest> lineItems, Boolean partnerOnRecordAttestationAccepted) {

    /** A cart is small; Partner Center sets no documented maximum, we keep to this one. */
    public static final int MAXIMUM_LINES = 200;

    public CartDraft toDraft(CustomerId customerId) {
        if (lineItems == null || lineItems.isEmpty()) {
            throw new InvalidValue("lineItems", "A cart has at least one line item.");
        }
        if (lineItems.size() > MAXIMUM_LINES) {
            throw new InvalidValue("lineItems", "A cart has at most " + MAXIMUM_LINES + " line items.");
        }
        if (lineItems.contains(null)) {
            throw new InvalidValue("lineItems", "A line item may not be null.");
        }
        List<CartLine> lines = new ArrayList<>();
        for (CartLineItemRequest item : inIdOrder()) {
            lines.add(item.toDomain());
        }
        return new CartDraft(customerId, lines, Boolean.TRUE.equals(partnerOnRecordAttestationAccepted));
    }

    /**
     * The lines by the ids the client sent, which must then run 0..n-1 (as Partner Center's
     * 800071 asks); by position when it sent none.
     */
    private List<CartLineItemRequest> inIdOrder() {
        long withId = lineItems.stream().filter(item -> item.id() != null).count();
        if (withId == 0) {
            return lineItems;
        }
        List<Integer> ids = lineItems.stream().map(CartLineItemRequest::id).sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList();
        if (withId != lineItems.size() || !ids.equals(IntStream.range(0, lineItems.size()).boxed().toList())) {
            throw new InvalidValue("lineItems.id", "Line item ids run 0.." + (lineItems.size() - 1)
                    + ", each once, or are left out (code 800071).");
        }
        return lineItems.stream().sorted(Comparator.comparing(CartLineItemRequest::id)).toList();
    }
}

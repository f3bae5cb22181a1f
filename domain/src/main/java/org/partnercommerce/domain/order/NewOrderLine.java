package org.partnercommerce.domain.order;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * One line of a {@link NewOrder}, as the caller asks for it.
 *
 * @param lineItemNumber    its number in the order, 0..n-1; left out on every line, the lines are numbered in the order sent
 * @param offerId           what it buys: a legacy offer id or a catalog item id
 * @param partnerIdOnRecord the PartnerId of the indirect reseller the purchase is made for; a missing one does not fail the order
 */
public record NewOrderLine(
        Optional<Integer> lineItemNumber,
        CatalogItemId offerId,
        int quantity,
        Optional<String> friendlyName,
        Optional<PartnerId> partnerIdOnRecord) {

    public NewOrderLine {
        lineItemNumber = Objects.requireNonNullElse(lineItemNumber, Optional.empty());
        Objects.requireNonNull(offerId, "offerId");
        if (quantity < 1) {
            throw new InvalidValue("quantity", "A quantity is at least 1; got " + quantity + ".");
        }
        friendlyName = Objects.requireNonNullElse(friendlyName, Optional.<String>empty()).filter(name -> !name.isBlank());
        partnerIdOnRecord = Objects.requireNonNullElse(partnerIdOnRecord, Optional.empty());
    }

    /** A line with only what every line has, numbered. */
    public static NewOrderLine of(int lineItemNumber, CatalogItemId offerId, int quantity) {
        return new NewOrderLine(Optional.of(lineItemNumber), offerId, quantity, Optional.empty(), Optional.empty());
    }

    public NewOrderLine withFriendlyName(String friendlyName) {
        return new NewOrderLine(lineItemNumber, offerId, quantity, Optional.ofNullable(friendlyName), partnerIdOnRecord);
    }

    public NewOrderLine withPartnerIdOnRecord(PartnerId partnerId) {
        return new NewOrderLine(lineItemNumber, offerId, quantity, friendlyName, Optional.ofNullable(partnerId));
    }

    public NewOrderLine withoutLineItemNumber() {
        return new NewOrderLine(Optional.empty(), offerId, quantity, friendlyName, partnerIdOnRecord);
    }
}

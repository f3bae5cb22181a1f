package org.partnercommerce.domain.order;

import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * One line of a {@link NewOrder}.
 *
 * @param partnerIdOnRecord the PartnerId of the indirect reseller the purchase is made for;
 *                          a missing one does not fail the order
 */
public record NewOrderLine(
        int lineItemNumber,
        CatalogItemId offerId,
        int quantity,
        Optional<String> friendlyName,
        Optional<PartnerId> partnerIdOnRecord) {

    public NewOrderLine {
        Objects.requireNonNull(offerId, "offerId");
        if (quantity < 1) {
            throw new InvalidValue("quantity", "A quantity is at least 1; got " + quantity + ".");
        }
        friendlyName = Objects.requireNonNullElse(friendlyName, Optional.<String>empty()).filter(name -> !name.isBlank());
        partnerIdOnRecord = Objects.requireNonNullElse(partnerIdOnRecord, Optional.empty());
    }
}

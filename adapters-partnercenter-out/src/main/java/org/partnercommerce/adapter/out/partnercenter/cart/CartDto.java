package org.partnercommerce.adapter.out.partnercenter.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.domain.cart.CartId;
import org.partnercommerce.domain.cart.LineConfirmation;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * A cart as create-cart and update-cart answer it (reference §1.2): its id (a GUID), when it was
 * created ({@code creationTimestamp}; the docs' tables write {@code creationTimeStamp}, which the
 * case-insensitive mapper reads as well), when it expires ({@code expirationTimestamp}, where
 * given and readable) and its lines.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartDto(String id, String creationTimestamp, String lastModifiedTimestamp, String expirationTimestamp,
                      String status, List<CartLineItemDto> lineItems) {

    public PartnerCenterCart toDomain() {
        Instant createdAt = Wire.instant(creationTimestamp);
        if (createdAt == null) {
            // An update may be answered with the modification time only; a cart without either is unusable.
            createdAt = Wire.instant(lastModifiedTimestamp);
        }
        if (createdAt == null) {
            throw new InvalidValue("creationTimestamp", "The cart has no readable creationTimestamp ('" + creationTimestamp + "').");
        }
        List<LineConfirmation> lines = new ArrayList<>();
        List<CartLineItemDto> items = lineItems == null ? List.of() : lineItems;
        for (int position = 0; position < items.size(); position++) {
            if (items.get(position) != null) {
                lines.add(items.get(position).toConfirmation(position));
            }
        }
        return new PartnerCenterCart(CartId.of(id), createdAt, Optional.ofNullable(Wire.instant(expirationTimestamp)), lines);
    }
}

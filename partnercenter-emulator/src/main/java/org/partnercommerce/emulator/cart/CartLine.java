package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.catalog.BillingCycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A line of a cart as the emulator keeps it: what was asked for, what the catalog said about it
 * ({@code itemTitle}, {@code pricing} or {@code error}) and its {@code orderGroup}.
 *
 * @param legacy    a legacy offer (not {@code product:sku:availability}), bought through the legacy order system
 * @param itemTitle the SKU title or offer name, the default friendly name of what it becomes; null when unknown
 */
public record CartLine(int id, String catalogItemId, String friendlyName, int quantity, String currencyCode,
                       BillingCycle billingCycle, String termDuration, Instant customTermEndDate, String promotionId,
                       List<Participant> participants, Map<String, String> provisioningContext, String orderGroup,
                       String renewsTo, Boolean attestationAccepted, CartError error, Pricing pricing,
                       boolean legacy, String itemTitle) {

    public CartLine {
        participants = participants == null ? List.of() : List.copyOf(participants);
        provisioningContext = provisioningContext == null ? Map.of() : Map.copyOf(provisioningContext);
    }

    public static CartLine from(RequestedLine requested, int id, String currencyCode, String itemTitle, CartError error, Pricing pricing) {
        return new CartLine(id, requested.catalogItemId(), requested.friendlyName(), requested.quantity(), currencyCode,
                requested.billingCycle(), requested.termDuration(), requested.customTermEndDate(), requested.promotionId(),
                requested.participants(), requested.provisioningContext(), null, requested.renewsTo(),
                requested.attestationAccepted(), error, error == null ? pricing : null,
                !CatalogItemId.isModern(requested.catalogItemId()), itemTitle);
    }

    public CartLine inGroup(String group) {
        return new CartLine(id, catalogItemId, friendlyName, quantity, currencyCode, billingCycle, termDuration, customTermEndDate,
                promotionId, participants, provisioningContext, group, renewsTo, attestationAccepted, error, pricing, legacy, itemTitle);
    }

    public boolean hasError() {
        return error != null;
    }
}

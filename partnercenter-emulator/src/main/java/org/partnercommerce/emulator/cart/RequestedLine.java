package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.catalog.BillingCycle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A cart line as the client asked for it, read and typed but not yet checked against the catalog.
 *
 * @param id            the line id the client sent, or null
 * @param renewsTo      the trial's conversion term ({@code renewsTo.termDuration}), or null
 * @param hasAddonItems whether the line carries {@code addonItems} (which the emulator does not sell)
 */
public record RequestedLine(Integer id, String catalogItemId, String friendlyName, int quantity, BillingCycle billingCycle,
                            String termDuration, Instant customTermEndDate, String promotionId, List<Participant> participants,
                            Map<String, String> provisioningContext, String renewsTo, Boolean attestationAccepted,
                            boolean hasAddonItems) {

    public RequestedLine {
        participants = participants == null ? List.of() : List.copyOf(participants);
        provisioningContext = provisioningContext == null ? Map.of() : Map.copyOf(provisioningContext);
    }
}

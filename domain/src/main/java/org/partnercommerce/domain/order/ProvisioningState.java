package org.partnercommerce.domain.order;

import java.util.List;
import java.util.Locale;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * How far Partner Center got provisioning (a line of) an order: {@code Fulfilled},
 * {@code Unfulfilled} (not fulfilled because it was cancelled) or {@code PrefulfillmentPending}
 * (still processing). Its table writes them so, its sample in lower case; a known state is read
 * in any case and written as the table writes it. A state Partner Center may add tomorrow is kept
 * as it wrote it, never refused.
 */
public record ProvisioningState(String value) {

    public static final ProvisioningState FULFILLED = new ProvisioningState("Fulfilled");
    public static final ProvisioningState UNFULFILLED = new ProvisioningState("Unfulfilled");
    public static final ProvisioningState PREFULFILLMENT_PENDING = new ProvisioningState("PrefulfillmentPending");

    private static final List<ProvisioningState> DOCUMENTED = List.of(FULFILLED, UNFULFILLED, PREFULFILLMENT_PENDING);

    public ProvisioningState {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("status", "A provisioning status is not blank.");
        }
        value = value.trim();
    }

    public static ProvisioningState parse(String value) {
        ProvisioningState state = new ProvisioningState(value);
        String folded = state.value.toLowerCase(Locale.ROOT);
        return DOCUMENTED.stream().filter(known -> known.value.toLowerCase(Locale.ROOT).equals(folded)).findFirst().orElse(state);
    }

    public boolean isFulfilled() {
        return equals(FULFILLED);
    }

    @Override
    public String toString() {
        return value;
    }
}

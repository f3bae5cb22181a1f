package org.partnercommerce.bootstrap;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.emulator.PartnerCenterEmulator;
import org.partnercommerce.testing.emulator.EmulatorTestResource;

/** The test emulator for the whole service, with the delays and resilience settings its end-to-end tests rely on. */
public class EmulatorResource extends EmulatorTestResource {

    /**
     * How long the emulator hides a new order from the customer's order list (Partner Center: up
     * to 15 minutes): far longer than any test, so that "ours lists it, Partner Center does not
     * yet" holds however slow the machine.
     */
    static final Duration ORDER_LISTING_DELAY = Duration.ofMinutes(10);

    /**
     * How long the emulator keeps a new order pending (Partner Center: minutes to hours): far longer
     * than any test, so that an order is pending until a test ends its provisioning through the
     * emulator's control API ({@code EmulatorControl.provision}), however slow the machine.
     */
    static final Duration PROVISIONING_DELAY = Duration.ofMinutes(10);

    @Override
    protected EmulatorOptions options() {
        return super.options().withOrderListingDelay(ORDER_LISTING_DELAY).withProvisioningDelay(PROVISIONING_DELAY);
    }

    @Override
    protected Map<String, String> settings(PartnerCenterEmulator started) {
        Map<String, String> configuration = new HashMap<>(super.settings(started));
        // The throttling test waits out three 429s of 1 s each: it needs these, whatever the defaults become.
        configuration.put("partnercommerce.partner-center.retry.max-attempts", "4");
        configuration.put("partnercommerce.partner-center.retry.max-duration", "10s");
        // An outage test opens the circuit on purpose; it should close again in test time, not in production's 30 s.
        configuration.put("partnercommerce.partner-center.circuit-breaker.open-duration", "2s");
        return configuration;
    }
}

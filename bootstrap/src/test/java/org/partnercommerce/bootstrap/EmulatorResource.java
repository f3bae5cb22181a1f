package org.partnercommerce.bootstrap;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.emulator.PartnerCenterEmulator;

/** Starts the Partner Center emulator on a free loopback port and points the service at it. */
public class EmulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String TENANT = "partner-commerce-demo";

    private static volatile PartnerCenterEmulator emulator;

    /**
     * How long the emulator hides a new order from the customer's order list (Partner Center: up
     * to 15 minutes): far longer than any test, so that "ours lists it, Partner Center does not
     * yet" holds however slow the machine.
     */
    static final Duration ORDER_LISTING_DELAY = Duration.ofMinutes(10);

    @Override
    public Map<String, String> start() {
        emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0)
                .withOrderListingDelay(ORDER_LISTING_DELAY)
                .withProvisioningDelay(Duration.ofSeconds(2)));
        Map<String, String> configuration = new HashMap<>(configurationFor(emulator));
        // The throttling test waits out three 429s of 1 s each: it needs these, whatever the defaults become.
        configuration.put("partnercommerce.partner-center.retry.max-attempts", "4");
        configuration.put("partnercommerce.partner-center.retry.max-duration", "10s");
        // An outage test opens the circuit on purpose; it should close again in test time, not in production's 30 s.
        configuration.put("partnercommerce.partner-center.circuit-breaker.open-duration", "2s");
        return configuration;
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    /** The running emulator, for tests that talk to it directly. */
    public static PartnerCenterEmulator emulator() {
        return emulator;
    }

    /** Where the service finds Partner Center and its callers' token issuer, when both are this emulator. */
    static Map<String, String> configurationFor(PartnerCenterEmulator emulator) {
        String base = emulator.baseUri().toString();
        return Map.of(
                "partnercommerce.partner-center.auth", "app-user",
                "partnercommerce.partner-center.refresh-token", "demo-partner-refresh-token",
                "partnercommerce.auth.issuer", emulator.issuer(TENANT),
                "partnercommerce.auth.jwks-url", base + "/" + TENANT + "/discovery/v2.0/keys",
                "partnercommerce.partner-center.url", base,
                "partnercommerce.partner-center.token-url", base + "/" + TENANT + "/oauth2/v2.0/token",
                "partnercommerce.partner-center.client-id", "demo-partner",
                "partnercommerce.partner-center.client-secret", "demo-partner-secret");
    }
}

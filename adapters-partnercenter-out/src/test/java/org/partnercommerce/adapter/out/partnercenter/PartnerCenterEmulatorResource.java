package org.partnercommerce.adapter.out.partnercenter;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.emulator.PartnerCenterEmulator;

/**
 * Starts the Partner Center emulator on a free loopback port for a {@code @QuarkusTest}, and points
 * the adapter at it: Partner Center's URL, the tenant's token endpoint, the seeded client's
 * credentials (app-only tokens). Use it with {@code @WithTestResource(PartnerCenterEmulatorResource.class)}.
 */
public class PartnerCenterEmulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String TENANT = "partner-commerce-demo";
    public static final String CLIENT_ID = "demo-partner";
    public static final String CLIENT_SECRET = "demo-partner-secret";

    private static volatile PartnerCenterEmulator emulator;

    @Override
    public Map<String, String> start() {
        emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0));
        return configurationFor(emulator);
    }

    @Override
    public void stop() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    /** The running emulator, for tests that talk to it directly. */
    public static PartnerCenterEmulator emulator() {
        return emulator;
    }

    public static Map<String, String> configurationFor(PartnerCenterEmulator emulator) {
        String base = emulator.baseUri().toString();
        return Map.of(
                "partnercommerce.partner-center.url", base,
                "partnercommerce.partner-center.token-url", base + "/" + TENANT + "/oauth2/v2.0/token",
                "partnercommerce.partner-center.client-id", CLIENT_ID,
                "partnercommerce.partner-center.client-secret", CLIENT_SECRET);
    }
}

package org.partnercommerce.adapter.out.partnercenter;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.time.Duration;
import java.util.Map;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.emulator.PartnerCenterEmulator;

/**
 * Starts the Partner Center emulator on a free loopback port for a {@code @QuarkusTest}, and points
 * the adapter at it: Partner Center's URL, the tenant's token endpoint, the seeded client's
 * credentials and its refresh token, for App+User tokens (as embedded mode uses them: the
 * customer relationships are App+User only). New orders are listed after {@link #ORDER_LISTING_DELAY}
 * instead of Partner Center's 15 minutes, so that a test can see both sides of the delay.
 * Use it with {@code @WithTestResource(PartnerCenterEmulatorResource.class)}.
 */
public class PartnerCenterEmulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String TENANT = "partner-commerce-demo";
    public static final String CLIENT_ID = "demo-partner";
    public static final String CLIENT_SECRET = "demo-partner-secret";
    public static final String REFRESH_TOKEN = "demo-partner-refresh-token";
    public static final Duration ORDER_LISTING_DELAY = Duration.ofSeconds(1);

    private static volatile PartnerCenterEmulator emulator;

    @Override
    public Map<String, String> start() {
        emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0).withOrderListingDelay(ORDER_LISTING_DELAY));
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

    /** What embedded mode sets too, but the URLs: App+User through the seeded refresh token. */
    public static Map<String, String> configurationFor(PartnerCenterEmulator emulator) {
        String base = emulator.baseUri().toString();
        return Map.of(
                "partnercommerce.partner-center.url", base,
                "partnercommerce.partner-center.token-url", base + "/" + TENANT + "/oauth2/v2.0/token",
                "partnercommerce.partner-center.client-id", CLIENT_ID,
                "partnercommerce.partner-center.client-secret", CLIENT_SECRET,
                "partnercommerce.partner-center.auth", "app-user",
                "partnercommerce.partner-center.refresh-token", REFRESH_TOKEN);
    }
}

package org.partnercommerce.testing.emulator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.emulator.PartnerCenterEmulator;

/**
 * Starts the Partner Center emulator on a free loopback port for a {@code @QuarkusTest} and points
 * the service at it, as embedded mode does but for the port: Partner Center's URL, the tenant's
 * token endpoint, the seeded client's credentials and its refresh token (App+User, as the customer
 * relationships need), and the emulator as the issuer of callers' tokens. A module that wants other
 * emulator options or settings extends it and overrides {@link #options()} or {@link #settings}.
 */
public class EmulatorTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String TENANT = "partner-commerce-demo";
    public static final String CLIENT_ID = "demo-partner";
    public static final String CLIENT_SECRET = "demo-partner-secret";
    public static final String REFRESH_TOKEN = "demo-partner-refresh-token";

    private static volatile PartnerCenterEmulator emulator;

    @Override
    public final Map<String, String> start() {
        emulator = PartnerCenterEmulator.start(options());
        return settings(emulator);
    }

    @Override
    public final void stop() {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    /** The emulator's options; by default its own defaults, on a free loopback port. */
    protected EmulatorOptions options() {
        return EmulatorOptions.onLoopback(0);
    }

    /** What the service under test is configured with; by default {@link #configurationFor}. */
    protected Map<String, String> settings(PartnerCenterEmulator started) {
        return configurationFor(started);
    }

    /** The running emulator, for tests that talk to it directly. */
    public static PartnerCenterEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("No test emulator runs: annotate the test with @WithTestResource of an EmulatorTestResource");
        }
        return emulator;
    }

    /** Where the service finds Partner Center, how it gets its tokens, and who issues its callers' tokens: this emulator. */
    public static Map<String, String> configurationFor(PartnerCenterEmulator emulator) {
        String base = emulator.baseUri().toString();
        Map<String, String> configuration = new HashMap<>();
        configuration.put("partnercommerce.partner-center.url", base);
        configuration.put("partnercommerce.partner-center.token-url", base + "/" + TENANT + "/oauth2/v2.0/token");
        configuration.put("partnercommerce.partner-center.client-id", CLIENT_ID);
        configuration.put("partnercommerce.partner-center.client-secret", CLIENT_SECRET);
        configuration.put("partnercommerce.partner-center.auth", "app-user");
        configuration.put("partnercommerce.partner-center.refresh-token", REFRESH_TOKEN);
        configuration.put("partnercommerce.auth.issuer", emulator.issuer(TENANT));
        configuration.put("partnercommerce.auth.jwks-url", base + "/" + TENANT + "/discovery/v2.0/keys");
        return configuration;
    }
}

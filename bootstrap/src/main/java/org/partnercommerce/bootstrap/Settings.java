package org.partnercommerce.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The service's own settings; Partner Center's are the adapter's ({@code partnercommerce.partner-center.*}). */
public final class Settings {

    private Settings() {
    }

    /** The CSP partner this service buys for. */
    @ConfigMapping(prefix = "partnercommerce.partner")
    public interface PartnerSettings {

        /** Its own PartnerId (MPN id): never a participant of its own carts. */
        String partnerId();

        /** {@code indirect-provider} (sells through indirect resellers) or {@code direct-bill-partner}. */
        @WithDefault("indirect-provider")
        String program();
    }

    @ConfigMapping(prefix = "partnercommerce.checkout")
    public interface CheckoutSettings {

        /** How long a claim on a cart lasts: longer than the slowest Partner Center call, retries included. */
        @WithDefault("PT90S")
        Duration lease();

        /** How often a request waiting for another's checkout looks again. */
        @WithDefault("PT0.2S")
        Duration pollInterval();

        /** How long a request waits for another's checkout before it answers 503 with Retry-After. */
        @WithDefault("PT30S")
        Duration waitForInFlight();

        /** How many pending checkouts one recovery run takes on. */
        @WithDefault("50")
        int recoveryBatch();

        /** How often each instance looks for pending checkouts nobody drives (read by the scheduler). */
        @WithDefault("30s")
        String recoveryEvery();

        /** How long after start-up it first looks. */
        @WithDefault("5s")
        String recoveryDelay();
    }

    @ConfigMapping(prefix = "partnercommerce.idempotency")
    public interface IdempotencySettings {

        /** After how long a key claimed and never answered (its instance died) may be taken over. */
        @WithDefault("PT2M")
        Duration abandonedAfter();

        /** How long keys are kept: at least as long as a cart lives. */
        @WithDefault("P8D")
        Duration retention();
    }
}

package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.catalog.LegacyOffer;

import java.time.Duration;
import java.time.Instant;

/**
 * When an order completes: after the configured provisioning delay, except an order of
 * usage-billed legacy offers only (the legacy Azure offer {@code MS-AZR-0145P}), which completes
 * at once as the checkout sample shows.
 */
public record Provisioning(Duration delay) {

    public Instant completesAt(Instant placedAt, boolean onlyUsageBilledLegacyOffers) {
        return onlyUsageBilledLegacyOffers ? placedAt : placedAt.plus(delay);
    }

    public static boolean usageBilled(LegacyOffer offer) {
        return "usage".equalsIgnoreCase(offer.billing());
    }
}

package org.partnercommerce.adapter.out.partnercenter;

import java.time.Duration;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.testing.emulator.EmulatorTestResource;

/**
 * The test emulator, listing new orders after {@link #ORDER_LISTING_DELAY} instead of Partner
 * Center's 15 minutes, so that a test of this adapter can see both sides of the delay.
 * Use it with {@code @WithTestResource(PartnerCenterEmulatorResource.class)}.
 */
public class PartnerCenterEmulatorResource extends EmulatorTestResource {

    public static final Duration ORDER_LISTING_DELAY = Duration.ofSeconds(1);

    @Override
    protected EmulatorOptions options() {
        return super.options().withOrderListingDelay(ORDER_LISTING_DELAY);
    }
}

package org.partnercommerce.application.port.out;

import java.time.Duration;

/**
 * Waiting, for a service that must let time pass (a checkout waiting for another request's
 * checkout of the same cart). The core never sleeps by itself: a test passes a pause that only
 * moves its clock, production one that sleeps.
 */
@FunctionalInterface
public interface Pause {

    void pause(Duration duration) throws InterruptedException;
}

package org.partnercommerce.adapter.out.partnercenter;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.InstantSource;

/** The clock the adapter's beans are given in its own tests; the service's bootstrap gives its one clock. */
public class TestClockProducer {

    @Produces
    @Singleton
    InstantSource clock() {
        return InstantSource.system();
    }
}

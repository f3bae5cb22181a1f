package org.partnercommerce.bootstrap;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.InstantSource;

/** The one clock of the service, for the use cases and the adapters alike: the system's, to the microsecond. */
public class TheClock {

    @Produces
    @Singleton
    InstantSource clock() {
        return new MicrosecondClock(InstantSource.system());
    }
}

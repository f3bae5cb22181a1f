package org.partnercommerce.bootstrap;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/**
 * The services' time, to the microsecond: the precision the database keeps, so that what is
 * answered is what is stored and a replay answers byte for byte.
 */
final class MicrosecondClock implements InstantSource {

    private final InstantSource system;

    MicrosecondClock(InstantSource system) {
        this.system = system;
    }

    @Override
    public Instant instant() {
        return system.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class MicrosecondClockTest {

    @Test
    void answersTheTimeCutToTheMicrosecondTheDatabaseKeeps() {
        Instant now = Instant.parse("2026-11-22T03:04:05.123456789Z");

        assertThat(new MicrosecondClock(InstantSource.fixed(now)).instant()).isEqualTo(Instant.parse("2026-11-22T03:04:05.123456Z"));
    }

    @Test
    void aTimeOnTheMicrosecondIsAnsweredAsItIs() {
        Instant now = Instant.parse("2026-11-22T03:04:05.123456Z");

        assertThat(new MicrosecondClock(InstantSource.fixed(now)).instant()).isEqualTo(now);
    }
}

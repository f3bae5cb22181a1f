package org.partnercommerce.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterEmulator;

/**
 * The packaged service, started as an operator starts it ({@code java -jar}, no property of ours
 * on its command line), refuses every malformed request of {@link MalformedRequests} as the tests
 * hold the service to: a malformed URI reaches its router and is a 400 problem, because its main
 * turns Quarkus's own URI check off before Quarkus starts — the tests and dev mode set that
 * property in the build, and nothing else would show that the jar does it too.
 */
class ThePackagedServiceRefusesMalformedHttpAsItsTestsDoIT {

    private static PartnerCenterEmulator emulator;
    private static ServiceProcess service;

    @BeforeAll
    static void startTheService() {
        emulator = PackagedServiceOnPostgresql.partnerCenter(Duration.ofMinutes(10));
        service = ServiceProcess.start(PackagedServiceOnPostgresql.settings(emulator, true),
                Path.of("target", "malformed-http", "service.log"), Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopIt() {
        PackagedServiceOnPostgresql.stop(service, emulator);
    }

    @Test
    void everyMalformedRequestIsRefusedAsInTheTests() throws IOException {
        for (MalformedRequests.Malformed malformed : MalformedRequests.all()) {
            malformed.assertRefused(RawHttp.exchange(service.baseUri().toURL(), malformed.request()));
        }
    }
}

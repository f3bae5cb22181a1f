package org.partnercommerce.bootstrap;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.emulator.PartnerCenterEmulator;

/**
 * Embedded mode: an offline Partner Center (and its token endpoint) in this process, on
 * loopback, so the service runs with no Partner Center account. On in {@code quarkus:dev},
 * off in production.
 */
@ApplicationScoped
public class EmbeddedPartnerCenter {

    private static final Logger LOG = Logger.getLogger(EmbeddedPartnerCenter.class);

    private final boolean embedded;
    private final int port;
    private PartnerCenterEmulator emulator;

    EmbeddedPartnerCenter(@ConfigProperty(name = "partnercommerce.emulator.embedded", defaultValue = "false") boolean embedded,
                          @ConfigProperty(name = "partnercommerce.emulator.port", defaultValue = "8089") int port) {
        this.embedded = embedded;
        this.port = port;
    }

    void start(@Observes StartupEvent startup) {
        if (embedded) {
            emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(port));
            LOG.infof("Embedded mode: the Partner Center emulator serves %s (tokens at %s/{tenant}/oauth2/v2.0/token)",
                    emulator.baseUri(), emulator.baseUri());
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}

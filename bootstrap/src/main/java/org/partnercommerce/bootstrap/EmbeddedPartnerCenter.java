package org.partnercommerce.bootstrap;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.emulator.PartnerCenterEmulator;
import org.partnercommerce.emulator.PortUnavailable;

/**
 * Embedded mode: an offline Partner Center (and its token endpoint) in this process, on
 * loopback, so the service runs with no Partner Center account. Its carts, orders and
 * signing key live in a state file, so a restarted service finds Partner Center where it
 * left it. On in {@code quarkus:dev}, off in production.
 */
@ApplicationScoped
public class EmbeddedPartnerCenter {

    static final String PORT = "partnercommerce.emulator.port";
    private static final Logger LOG = Logger.getLogger(EmbeddedPartnerCenter.class);

    private final boolean embedded;
    private final int port;
    private final Optional<Path> stateFile;
    private final Duration orderListingDelay;
    private PartnerCenterEmulator emulator;

    EmbeddedPartnerCenter(@ConfigProperty(name = "partnercommerce.emulator.embedded", defaultValue = "false") boolean embedded,
                          @ConfigProperty(name = PORT, defaultValue = "8089") int port,
                          @ConfigProperty(name = "partnercommerce.emulator.state-file") Optional<Path> stateFile,
                          @ConfigProperty(name = "partnercommerce.emulator.order-listing-delay", defaultValue = "PT15M")
                          Duration orderListingDelay) {
        this.embedded = embedded;
        this.port = port;
        this.stateFile = stateFile;
        this.orderListingDelay = orderListingDelay;
    }

    /**
     * @throws ConfigurationException when the port is taken: Quarkus prints the message of a
     *         {@code ConfigurationException} that has no cause as one line, without a stack trace
     */
    void start(@Observes StartupEvent startup) {
        if (embedded) {
            EmulatorOptions options = EmulatorOptions.onLoopback(port).withOrderListingDelay(orderListingDelay);
            try {
                emulator = PartnerCenterEmulator.start(stateFile.map(options::withStateFile).orElse(options));
            } catch (PortUnavailable taken) {
                throw new ConfigurationException("The embedded Partner Center emulator cannot listen on " + taken.host() + ":"
                        + taken.port() + " (" + taken.reason() + "): stop what holds port " + taken.port()
                        + ", or give the emulator another port with " + PORT + ", e.g. ./mvnw quarkus:dev -D" + PORT + "="
                        + (taken.port() + 1), Set.of(PORT));
            }
            LOG.infof("Embedded mode: the Partner Center emulator serves %s (tokens at %s/{tenant}/oauth2/v2.0/token)%s",
                    emulator.baseUri(), emulator.baseUri(), stateFile.map(file -> ", its state in " + file).orElse(""));
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }
}

package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw quarkus:dev} while something else holds 8089: the start stops with one line that
 * names the port and the setting to change, not a stack trace ending in a BindException.
 */
class TheEmbeddedEmulatorNeedsAFreePort {

    @Test
    void aTakenPortStopsTheStartWithAMessageNamingThePortAndTheSetting() throws IOException {
        try (ServerSocket holder = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = holder.getLocalPort();
            EmbeddedPartnerCenter embedded = new EmbeddedPartnerCenter(true, port, Optional.empty(), Duration.ZERO);

            assertThatThrownBy(() -> embedded.start(new StartupEvent()))
                    .isInstanceOfSatisfying(ConfigurationException.class,
                            refused -> assertThat(refused.getConfigKeys()).containsExactly("partnercommerce.emulator.port"))
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("-Dpartnercommerce.emulator.port=")
                    // Quarkus prints a ConfigurationException that is the root cause as its message alone
                    .hasNoCause();
        }
    }

    @Test
    void aFreePortIsServedUntilShutdown() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
        EmbeddedPartnerCenter embedded = new EmbeddedPartnerCenter(true, port, Optional.empty(), Duration.ZERO);

        embedded.start(new StartupEvent());
        try {
            assertThatThrownBy(() -> new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1")).close())
                    .as("the emulator holds its port").isInstanceOf(IOException.class);
        } finally {
            embedded.stop(new ShutdownEvent());
        }
        new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1")).close();
    }
}

package org.partnercommerce.emulator;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TheEmulatorStartsAndStopsCleanly {

    @Test
    void onLoopbackBindsTo127001() {
        EmulatorOptions options = EmulatorOptions.onLoopback(0);

        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isZero();
        assertThat(new EmulatorOptions("127.0.0.1", 0)).isEqualTo(options);
    }

    @Test
    void impossibleOptionsAreRefused() {
        assertThatThrownBy(() -> EmulatorOptions.onLoopback(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmulatorOptions.onLoopback(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmulatorOptions.onLoopback(0).withHost(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmulatorOptions.onLoopback(0).withWorkerThreads(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closeStopsServingAndMayBeCalledTwice() throws Exception {
        PartnerCenterEmulator emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0));
        URI keys = URI.create(emulator.baseUri() + "/common/discovery/v2.0/keys");
        assertThat(get(keys)).isEqualTo(200);

        emulator.close();
        emulator.close();

        assertThatThrownBy(() -> get(keys)).isInstanceOf(ConnectException.class);
    }

    @Test
    void aTakenPortIsReportedWhenStarting() {
        try (PartnerCenterEmulator first = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0))) {
            assertThatThrownBy(() -> PartnerCenterEmulator.start(EmulatorOptions.onLoopback(first.port())))
                    .isInstanceOfSatisfying(PortUnavailable.class, taken -> {
                        assertThat(taken.port()).isEqualTo(first.port());
                        assertThat(taken.host()).isEqualTo("127.0.0.1");
                        assertThat(taken.reason()).isNotBlank();
                    })
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port());
        }
    }

    private static int get(URI uri) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

package org.partnercommerce.emulator;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TheEmulatorRunsAlone {

    @Test
    void withoutArgumentsItListensOnPort8089OfTheLoopback() {
        EmulatorOptions options = Main.parse(new String[0]);

        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isEqualTo(8089);
    }

    @Test
    void portAndHostAreReadWithOrWithoutEqualsSign() {
        assertThat(Main.parse(new String[]{"--port", "9000", "--host", "0.0.0.0"}))
                .extracting(EmulatorOptions::port, EmulatorOptions::host).containsExactly(9000, "0.0.0.0");
        assertThat(Main.parse(new String[]{"--port=9001"}).port()).isEqualTo(9001);
        assertThat(Main.parse(new String[]{"--help"})).isNull();
    }

    @Test
    void theStateFileAndTheDelaysCanBeSet() {
        EmulatorOptions options = Main.parse(new String[]{"--state-file", "/tmp/pc.json", "--order-listing-delay", "PT1M",
                "--provisioning-delay=PT5S", "--max-cart-lines", "10", "--checkout-processing-time", "PT0.5S"});

        assertThat(options.stateFile()).isEqualTo(Path.of("/tmp/pc.json"));
        assertThat(options.orderListingDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(options.provisioningDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.maximumCartLines()).isEqualTo(10);
        assertThat(options.checkoutProcessingTime()).isEqualTo(Duration.ofMillis(500));
        assertThat(Main.parse(new String[]{"--order-listing-delay", "0"}).orderListingDelay()).isZero();
    }

    @Test
    void withoutThemItKeepsPartnerCentersDelaysInMemory() {
        EmulatorOptions options = Main.parse(new String[0]);

        assertThat(options.stateFile()).isNull();
        assertThat(options.orderListingDelay()).isEqualTo(Duration.ofMinutes(15));
        assertThat(options.provisioningDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.maximumCartLines()).isEqualTo(50);
        assertThat(EmulatorOptions.onLoopback(0)).isEqualTo(Main.parse(new String[]{"--port", "0"}));
    }

    @Test
    void wrongArgumentsAreRefused() {
        assertThatThrownBy(() -> Main.parse(new String[]{"--port", "many"})).hasMessageContaining("--port needs a number");
        assertThatThrownBy(() -> Main.parse(new String[]{"--port"})).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> Main.parse(new String[]{"--verbose"})).hasMessageContaining("Unknown argument");
        assertThatThrownBy(() -> Main.parse(new String[]{"--provisioning-delay", "30s"})).hasMessageContaining("ISO 8601 duration");
        assertThatThrownBy(() -> Main.parse(new String[]{"--state-file"})).hasMessageContaining("--state-file needs a value");
    }

    @Test
    void aTakenPortIsSaidInOneLineAndEndsItWithStatus1() throws Exception {
        try (PartnerCenterEmulator holder = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0))) {
            String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--port", Integer.toString(holder.port())).redirectErrorStream(true).start();
            try {
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("ended").isTrue();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(process.exitValue()).isEqualTo(1);
                assertThat(output.lines()).singleElement().asString()
                        .contains("127.0.0.1:" + holder.port()).contains("--port");
            } finally {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void itPrintsItsBaseUrlServesAndStopsOnSigterm() throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String firstLine = output.readLine();
            assertThat(firstLine).startsWith("Partner Center emulator listening on http://127.0.0.1:");
            URI base = URI.create(firstLine.substring(firstLine.indexOf("http://")));

            HttpResponse<String> keys = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/common/discovery/v2.0/keys")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(keys.statusCode()).isEqualTo(200);

            process.destroy();
            assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
            assertThat(process.exitValue()).isIn(0, 143);
        } finally {
            process.destroyForcibly();
        }
    }
}

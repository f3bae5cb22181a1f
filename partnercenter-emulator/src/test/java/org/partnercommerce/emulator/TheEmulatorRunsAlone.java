package org.partnercommerce.emulator;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    void wrongArgumentsAreRefused() {
        assertThatThrownBy(() -> Main.parse(new String[]{"--port", "many"})).hasMessageContaining("--port needs a number");
        assertThatThrownBy(() -> Main.parse(new String[]{"--port"})).hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> Main.parse(new String[]{"--verbose"})).hasMessageContaining("Unknown argument");
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

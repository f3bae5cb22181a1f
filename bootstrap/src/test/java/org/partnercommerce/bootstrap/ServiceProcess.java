package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}, production profile) as a
 * child process of the test: started with this JVM's {@code java} and every setting as a
 * {@code -D} system property, its output in a file under {@code target/}, ready once
 * {@code /q/health/ready} says so, and killed with SIGKILL when a test wants it dead.
 */
final class ServiceProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the jar on a free port with these settings and waits until it is ready. */
    static ServiceProcess start(Map<String, String> settings, Path log, Duration readyWithin) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow(() -> new IllegalStateException("no java command")));
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dquarkus.http.port=" + port);
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess service = new ServiceProcess(process, port, log);
            service.awaitReady(readyWithin);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** {@code kill -9}: on Linux {@link Process#destroyForcibly()} sends SIGKILL; nothing of the service runs after this. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the service to die", interrupted);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady(Duration within) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        Instant end = Instant.now().plus(within);
        try (http) {
            while (Instant.now().isBefore(end)) {
                if (!process.isAlive()) {
                    fail("The service exited with %d before it was ready; its output:%n%s", process.exitValue(), tail());
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(Polling.INTERVAL);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the service", interrupted);
        }
        close();
        fail("The service was not ready within %s; its output:%n%s", within, tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.partnercommerce.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The two service instances: started, killed with SIGKILL, restarted; each one's output appended to its log. */
final class Services {

    private final Settings settings;
    private final Process[] processes = new Process[2];
    private final String[] names = {"a", "b"};
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    int kills;
    int restarts;

    Services(Settings settings) {
        this.settings = settings;
    }

    String name(int instance) {
        return names[instance];
    }

    String baseUrl(int instance) {
        return "http://127.0.0.1:" + settings.ports.get(instance);
    }

    Path log(int instance) {
        return settings.workDir.resolve("service-" + names[instance] + ".log");
    }

    private final boolean[] serving = {false, false};

    /** Started and ready, not killed since. */
    synchronized boolean serving(int instance) {
        return serving[instance] && up(instance);
    }

    synchronized boolean up(int instance) {
        return processes[instance] != null && processes[instance].isAlive();
    }

    /** Starts the instance and waits until it is ready (at most two minutes). */
    void start(int instance) {
        List<String> command = new ArrayList<>();
        for (String arg : settings.serviceCommand) {
            command.add(arg.replace("{port}", Integer.toString(settings.ports.get(instance))));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(instance).toFile())).start();
            synchronized (this) {
                processes[instance] = process;
            }
            Files.writeString(settings.workDir.resolve("service-" + names[instance] + ".pid"), Long.toString(process.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            if (ready(instance)) {
                synchronized (this) {
                    serving[instance] = true;
                }
                return;
            }
            if (!up(instance)) {
                throw new IllegalStateException("service " + names[instance] + " exited at start; see " + log(instance));
            }
            Clients.sleep(200);
        }
        throw new IllegalStateException("service " + names[instance] + " not ready within 120 s; see " + log(instance));
    }

    boolean ready(int instance) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl(instance) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** kill -9 */
    void kill(int instance) {
        Process process;
        synchronized (this) {
            process = processes[instance];
            serving[instance] = false;
        }
        if (process != null && process.isAlive()) {
            process.destroyForcibly(); // SIGKILL on Unix
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            kills++;
        }
    }

    void restart(int instance) {
        start(instance);
        restarts++;
    }

    /** Stops both (SIGTERM, then SIGKILL after 10 s). */
    void stopAll() {
        for (Process process : processes) {
            if (process != null && process.isAlive()) {
                process.destroy();
            }
        }
        for (Process process : processes) {
            if (process == null) {
                continue;
            }
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }

    long pid(int instance) {
        Process process = processes[instance];
        return process == null || !process.isAlive() ? -1 : process.pid();
    }
}

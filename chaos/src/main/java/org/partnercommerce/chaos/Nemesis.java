package org.partnercommerce.chaos;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The nemesis, on a seeded schedule: emulator faults (responses dropped after Partner Center acted, 429 storms with
 * Retry-After, 503 outages, latency spikes, failed order groups), kill -9 of a service instance and its restart, and
 * PostgreSQL restarts. Every action is an event in the history with its window.
 */
final class Nemesis {

    static final String CHECKOUT = "/v1/customers/*/carts/*/checkout";
    static final String CARTS = "/v1/customers/*/carts";
    static final String ORDERS = "/v1/customers/*/orders";
    static final String[] GROUP_FAILURE_ITEMS = {"CFQ7TTC0LH0Z", "CFQ7TTC0LFLS", "CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS", "CFQ7TTC0LF8S"};

    private final Settings settings;
    private final History history;
    private final Services services;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService disarms = Executors.newSingleThreadScheduledExecutor();
    final Map<String, Integer> faultsByKind = new TreeMap<>();
    int pgRestarts;
    volatile boolean stop;

    Nemesis(Settings settings, History history, Services services) {
        this.settings = settings;
        this.history = history;
        this.services = services;
    }

    /** Runs until stop, then heals: every fault disarmed, both instances up. */
    void run(long endAt) {
        Random random = new Random(settings.seed * 7919L + 17);
        long start = History.now();
        // PostgreSQL restarts at seeded moments in the middle of the run
        long[] pgAt = new long[settings.pgRestarts];
        for (int i = 0; i < pgAt.length; i++) {
            long span = endAt - start;
            pgAt[i] = start + span * (i + 1) / (pgAt.length + 1) + (long) ((random.nextDouble() - 0.5) * span / (pgAt.length + 2) / 2);
        }
        int nextPg = 0;
        while (!stop && History.now() < endAt) {
            Clients.sleep(settings.nemesisMinGapMillis + random.nextInt(Math.max(1, settings.nemesisMaxGapMillis - settings.nemesisMinGapMillis)));
            if (stop || History.now() >= endAt) {
                break;
            }
            if (nextPg < pgAt.length && History.now() >= pgAt[nextPg]) {
                nextPg++;
                restartPostgresql();
                continue;
            }
            double roll = random.nextDouble();
            try {
                if (roll < 0.15) {
                    killAndRestart(random);
                } else if (roll < 0.35) {
                    String path = pick(random, CHECKOUT, CHECKOUT, ORDERS, CARTS);
                    arm("drop-response", Map.of("method", "POST", "path", path, "kind", "drop-response", "count", 1 + random.nextInt(3)), 0);
                } else if (roll < 0.50) {
                    long window = 3_000 + random.nextInt(7_000);
                    int retryAfter = 1 + random.nextInt(2);
                    for (String path : new String[] {CHECKOUT, ORDERS, CARTS}) {
                        arm("429-storm", Map.of("method", "POST", "path", path, "kind", "status", "status", 429,
                                "retryAfterSeconds", retryAfter, "probability", 0.6), window);
                    }
                } else if (roll < 0.62) {
                    long window = 2_000 + random.nextInt(6_000);
                    for (String path : new String[] {CHECKOUT, ORDERS}) {
                        arm("503-outage", Map.of("method", "POST", "path", path, "kind", "status", "status", 503,
                                "retryAfterSeconds", 1, "probability", 1.0), window);
                    }
                } else if (roll < 0.77) {
                    long window = 3_000 + random.nextInt(7_000);
                    String path = pick(random, CHECKOUT, ORDERS, CARTS);
                    arm("latency", Map.of("method", "POST", "path", path, "kind", "latency", "latencyMs", 1_000 + random.nextInt(4_000),
                            "probability", 0.4), window);
                } else {
                    arm("order-group-failure", Map.of("path", CHECKOUT, "kind", "order-group-failure",
                            "catalogItemId", pick(random, GROUP_FAILURE_ITEMS), "count", 1 + random.nextInt(4)), 0);
                }
            } catch (RuntimeException e) {
                history.event(History.now(), History.now(), "nemesis-error", e.toString());
            }
        }
        heal();
    }

    void heal() {
        long at = History.now();
        disarms.shutdownNow();
        control("DELETE", "/emulator/v1/faults", null);
        for (Thread restart : restarts) {
            if (restart != null) {
                try {
                    restart.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        for (int instance = 0; instance < 2; instance++) {
            if (!services.up(instance)) {
                services.restart(instance);
            }
        }
        history.event(at, History.now(), "heal", "every fault disarmed, both instances up");
    }

    private final Thread[] restarts = new Thread[2];

    /** kill -9 of one instance (never both down at once); its restart runs beside the nemesis, which goes on. */
    private void killAndRestart(Random random) {
        int instance = random.nextInt(2);
        if (!services.serving(instance) || !services.serving(1 - instance)) {
            return;
        }
        long at = History.now();
        services.kill(instance);
        long downFor = 500 + random.nextInt(4_000);
        restarts[instance] = Thread.ofPlatform().name("restart-" + services.name(instance)).start(() -> {
            Clients.sleep(downFor);
            try {
                services.restart(instance);
                history.event(at, History.now(), "kill", "kill -9 of instance " + services.name(instance) + ", restarted and ready");
            } catch (RuntimeException e) {
                history.event(at, History.now(), "kill", "kill -9 of instance " + services.name(instance) + ", restart failed: " + e);
            }
        });
    }

    private void restartPostgresql() {
        long at = History.now();
        try {
            Process process = new ProcessBuilder("sh", "-c", settings.pgRestartCommand).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            int code = process.waitFor();
            pgRestarts++;
            history.event(at, History.now(), "pg-restart", "exit " + code + " " + output.trim());
        } catch (IOException e) {
            history.event(at, History.now(), "pg-restart", "failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void arm(String kind, Map<String, Object> fault, long windowMillis) {
        long at = History.now();
        JsonNode armed = control("POST", "/emulator/v1/faults", History.JSON.valueToTree(fault).toString());
        faultsByKind.merge(kind, 1, Integer::sum);
        String id = armed == null ? null : armed.path("id").asText(null);
        if (windowMillis > 0 && id != null) {
            history.event(at, at + windowMillis, kind, fault.toString());
            disarms.schedule(() -> control("DELETE", "/emulator/v1/faults/" + id, null), windowMillis, TimeUnit.MILLISECONDS);
        } else {
            // count-based: its window is until it fires; a second is a fair bound for the blocked-key check's purposes
            history.event(at, at + 1_000, kind, fault.toString());
        }
    }

    JsonNode control(String method, String path, String body) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.emulatorUrl + path)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json");
            builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? null : History.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}

package org.partnercommerce.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The chaos run: two service instances, clients, the nemesis for the run's duration, then the settling, the
 * resolution of every unknown, and the checker. Started by chaos/run.sh:
 * {@code java -Dchaos.*=... -cp ... org.partnercommerce.chaos.Chaos -- <service command with {port}>}.
 */
public final class Chaos {

    private Chaos() {
    }

    public static void main(String[] args) throws Exception {
        int dash = Arrays.asList(args).indexOf("--");
        Settings settings = new Settings(List.of(args).subList(dash + 1, args.length));
        Files.createDirectories(settings.workDir);
        Files.createDirectories(settings.resultsDir);
        History history = new History(settings.workDir.resolve("history.jsonl"));
        Services services = new Services(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(services::stopAll));
        String started = Instant.now().toString();
        log("starting service instances a and b on ports " + settings.ports);
        services.start(0);
        services.start(1);
        String token = token(settings);
        Clients clients = new Clients(settings, history, services, token);
        Nemesis nemesis = new Nemesis(settings, history, services);

        long runEnd = History.now() + settings.durationSeconds * 1000L;
        long clientDeadline = runEnd + settings.settleSeconds * 1000L;
        log(settings.clients + " clients for " + settings.durationSeconds + " s, nemesis " + (settings.nemesis ? "on" : "off")
                + ", seed " + settings.seed);
        Soak soak = new Soak(settings, clients, services);
        ExecutorService clientThreads = Executors.newFixedThreadPool(settings.clients);
        if (settings.soakRate > 0) {
            log("soak: journeys arriving at " + settings.soakRate + "/s, no faults");
            clientThreads.submit(() -> {
                soak.run(settings.soakRate, runEnd, clientDeadline);
                return null;
            });
        } else {
            for (int i = 0; i < settings.clients; i++) {
                int index = i;
                clientThreads.submit(() -> clients.run(index, clientDeadline));
            }
        }
        Thread nemesisThread = new Thread(() -> {
            if (settings.nemesis && settings.soakRate <= 0) {
                nemesis.run(runEnd);
            }
        }, "nemesis");
        nemesisThread.start();
        while (History.now() < runEnd) {
            Thread.sleep(Math.min(10_000, Math.max(1, runEnd - History.now())));
            log(String.format("t=%ds journeys %d, requests %d, attempts %d, kills %d, pg restarts %d, faults %s", History.now() / 1000,
                    clients.journeys(), history.requests.size(), history.attempts.size(), services.kills, nemesis.pgRestarts,
                    nemesis.faultsByKind));
        }
        clients.stopNewJourneys = true;
        nemesis.stop = true;
        nemesisThread.join();
        long settleStart = History.now();
        log("nemesis stopped and healed; settling (bound " + settings.settleSeconds + " s)");
        clientThreads.shutdown();
        clientThreads.awaitTermination(settings.settleSeconds + 60L, TimeUnit.SECONDS);
        Map<String, Long> pending = Checker.pending(settings);
        while (History.now() < clientDeadline && pending.values().stream().anyMatch(n -> n > 0)) {
            Thread.sleep(500);
            pending = Checker.pending(settings);
        }
        long settled = History.now() - settleStart;
        log("settled in " + settled + " ms; still pending: " + pending);

        // every unknown resolved: a careful client retries with the same key until it gets a definite answer
        List<History.Request> unknown = history.requests.stream().filter(r -> "unknown".equals(r.outcome)).toList();
        log(unknown.size() + " requests without a definite answer; retrying each with its key to resolve it");
        ExecutorService resolvers = Executors.newFixedThreadPool(8);
        long resolveDeadline = History.now() + 90_000;
        for (History.Request request : unknown) {
            request.resolvedAfterSettle = true;
            resolvers.submit(() -> {
                clients.execute(request, 0, resolveDeadline);
                return null;
            });
        }
        resolvers.shutdown();
        resolvers.awaitTermination(120, TimeUnit.SECONDS);
        pending = Checker.pending(settings);

        JsonNode journal = nemesis.control("GET", "/emulator/v1/purchases", null);
        Checker checker = new Checker(settings, history);
        checker.check(journal);
        history.close();

        ObjectNode result = History.JSON.createObjectNode();
        result.put("started", started).put("finished", Instant.now().toString()).put("seed", settings.seed)
                .put("clients", settings.clients).put("durationSeconds", settings.durationSeconds).put("nemesis", settings.nemesis)
                .put("gitCommit", System.getProperty("chaos.gitCommit", "unknown")).put("quick", Boolean.getBoolean("chaos.quick"));
        result.put("journeys", clients.journeys());
        result.putPOJO("faultsInjected", nemesis.faultsByKind);
        result.put("kills", services.kills).put("restarts", services.restarts).put("pgRestarts", nemesis.pgRestarts);
        result.put("timeToSettleMs", settled);
        result.putPOJO("pendingAtEnd", pending);
        result.putPOJO("figures", checker.figures);
        if (settings.soakRate > 0) {
            ObjectNode soaked = result.putObject("soak");
            soaked.put("ratePerSecond", settings.soakRate).put("journeysStarted", soak.started()).put("journeysLate", soak.late());
            soaked.put("errors", history.attempts.stream().filter(a -> !"ok".equals(a.outcome())).count());
            for (String instance : List.of("a", "b")) {
                soaked.put("rssSlopeMiBPerMinute_" + instance, soak.slope(instance, false));
                soaked.put("heapAfterGcSlopeMiBPerMinute_" + instance, soak.slope(instance, true));
            }
            soaked.putPOJO("samples", soak.samples());
        }
        result.put("violations", checker.violations.size());
        result.putPOJO("violationsByInvariant", checker.violationsByInvariant());
        String json = History.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        Files.writeString(settings.workDir.resolve("result.json"), json);
        Files.writeString(settings.workDir.resolve("violations.json"),
                History.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(checker.violationsJson()));
        Files.writeString(settings.resultsDir.resolve("latest.json"), json);
        String explanation = checker.explain(List.of(services.log(0), services.log(1)), 3);
        Files.writeString(settings.workDir.resolve("violations.txt"), checker.explain(List.of(services.log(0), services.log(1)), 1000));

        services.stopAll();
        System.out.println();
        System.out.print(explanation);
        System.out.println();
        System.out.println(json);
        System.out.println(checker.violations.isEmpty() ? "PASS: 0 violations" : "FAIL: " + checker.violations.size() + " violations "
                + checker.violationsByInvariant() + " (all of them: " + settings.workDir.resolve("violations.txt") + ")");
        System.exit(checker.violations.isEmpty() ? 0 : 1);
    }

    private static String token(Settings settings) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String form = "grant_type=client_credentials&client_id=demo-partner&client_secret=demo-partner-secret&scope="
                + URLEncoder.encode("partner-commerce/.default", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.emulatorUrl + "/" + settings.tenant
                        + "/oauth2/v2.0/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return History.JSON.readTree(response.body()).get("access_token").asText();
    }

    static void log(String message) {
        System.out.printf("[%s] %s%n", java.time.LocalTime.now().withNano(0), message);
    }
}

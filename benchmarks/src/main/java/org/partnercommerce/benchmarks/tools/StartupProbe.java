package org.partnercommerce.benchmarks.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up of the packaged service: starts the command after {@code --}, polls {@code --probe-url}
 * (an authenticated API call) every 10 ms from the moment the process is spawned, and records the
 * time to the first 200 and the process's resident memory (VmRSS) right after it; then stops the
 * process (SIGTERM) and starts the next. The first start is not counted when {@code --unmeasured-first}
 * is true (it creates the schema). Writes {@code --out} as JSON with every run and the medians.
 *
 * <pre>
 * StartupProbe --runs 5 --unmeasured-first true --probe-url URL --token-url URL --scope S --log-dir DIR --out FILE [--dir WORKING-DIR] -- java -jar ...
 * </pre>
 */
public final class StartupProbe {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");
    private static volatile Process running;
    private static java.io.File directory;

    public static void main(String[] args) throws Exception {
        int separator = Arrays.asList(args).indexOf("--");
        if (separator < 0) {
            throw new IllegalArgumentException("Put the command to start after --");
        }
        Map<String, String> options = Options.parse(Arrays.copyOfRange(args, 0, separator));
        List<String> command = List.of(Arrays.copyOfRange(args, separator + 1, args.length));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        boolean unmeasuredFirst = Boolean.parseBoolean(options.getOrDefault("unmeasured-first", "true"));
        URI probe = Http.loopback(Options.required(options, "probe-url"));
        Path logs = Path.of(Options.required(options, "log-dir")).toAbsolutePath();
        directory = Path.of(options.getOrDefault("dir", ".")).toFile();
        Files.createDirectories(logs);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process process = running;
            if (process != null) {
                process.destroyForcibly();
            }
        }));
        String token = Http.token(Options.required(options, "token-url"), Options.required(options, "scope"));
        HttpRequest request = HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();

        List<Map<String, Object>> measured = new ArrayList<>();
        Map<String, Object> first = null;
        for (int run = unmeasuredFirst ? 0 : 1; run <= runs; run++) {
            Map<String, Object> result = startOnce(command, request, logs.resolve("startup-" + run + ".log"));
            System.out.println((run == 0 ? "first start (schema migration, not counted): " : "start " + run + ": ") + result);
            if (run == 0) {
                first = result;
            } else {
                measured.add(result);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("probe", probe.getPath());
        out.put("runs", measured);
        out.put("medianTimeToFirstRequestMs", median(measured, "timeToFirstRequestMs"));
        out.put("medianRssMiB", median(measured, "rssMiB"));
        out.put("medianQuarkusStartedInS", median(measured, "quarkusStartedInS"));
        if (first != null) {
            out.put("firstStartWithMigration", first);
        }
        Files.writeString(Path.of(Options.required(options, "out")), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
    }

    private static Map<String, Object> startOnce(List<String> command, HttpRequest request, Path log) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(directory).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        running = process;
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(90);
            int attempts = 0;
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The service stopped before answering (exit " + process.exitValue() + "); see " + log);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("No 200 from " + request.uri() + " within 90 s; see " + log);
                }
                attempts++;
                try {
                    HttpResponse<String> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            long elapsed = System.nanoTime() - start;
            long rssKb = procStatus(process.pid(), "VmRSS");
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("timeToFirstRequestMs", Samples.round(elapsed / 1e6));
            result.put("rssMiB", Samples.round(rssKb / 1024.0));
            result.put("polls", attempts);
            Matcher started = STARTED_IN.matcher(Files.readString(log));
            result.put("quarkusStartedInS", started.find() ? Double.parseDouble(started.group(1)) : null);
            return result;
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            running = null;
        }
    }

    static long procStatus(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
            }
        }
        throw new IOException(field + " not in /proc/" + pid + "/status");
    }

    private static Object median(List<Map<String, Object>> runs, String key) {
        double[] values = runs.stream().map(run -> run.get(key)).filter(Number.class::isInstance)
                .mapToDouble(value -> ((Number) value).doubleValue()).sorted().toArray();
        if (values.length == 0) {
            return null;
        }
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : Samples.round((values[middle - 1] + values[middle]) / 2);
    }
}

package org.partnercommerce.benchmarks.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Times one kind of request, one at a time (a latency probe, not a load): a token first, then
 * {@code --warmup} untimed requests, then {@code --requests} timed ones. Appends one JSON line
 * {@code {"label", "status", "count", "p50Ms", "p90Ms", "p99Ms", "maxMs", "meanMs", "errors"}} to
 * {@code --out}.
 *
 * <pre>
 * HttpTimer --label L --url URL --token-url URL --scope S [--method GET|POST] [--body-file F]
 *           [--fresh-header NAME] [--header NAME:VALUE] [--expect 200] [--warmup 200] [--requests 1000] --out FILE
 * </pre>
 * {@code --fresh-header} sends a new random UUID in that header with every request (an
 * Idempotency-Key or MS-RequestId, so that no POST is a replay).
 */
public final class HttpTimer {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String label = options.getOrDefault("label", "request");
        URI url = Http.loopback(Options.required(options, "url"));
        String method = options.getOrDefault("method", "GET");
        String body = options.containsKey("body-file") ? Files.readString(Path.of(options.get("body-file"))) : null;
        int expect = Integer.parseInt(options.getOrDefault("expect", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
        String freshHeader = options.get("fresh-header");
        List<String[]> headers = new ArrayList<>();
        if (options.containsKey("header")) {
            for (String header : options.get("header").split("\n")) {
                int colon = header.indexOf(':');
                headers.add(new String[] {header.substring(0, colon).trim(), header.substring(colon + 1).trim()});
            }
        }
        String token = Http.token(Options.required(options, "token-url"), Options.required(options, "scope"));

        Samples samples = new Samples();
        int errors = 0;
        String lastError = null;
        for (int i = 0; i < warmup + requests; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json");
            headers.forEach(header -> request.header(header[0], header[1]));
            if (freshHeader != null) {
                request.header(freshHeader, UUID.randomUUID().toString());
            }
            if (body != null) {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpRequest built = request.build();
            long start = System.nanoTime();
            HttpResponse<byte[]> response = Http.CLIENT.send(built, HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            if (response.statusCode() != expect) {
                errors++;
                lastError = response.statusCode() + " " + new String(response.body()).lines().findFirst().orElse("");
            }
            if (i >= warmup) {
                samples.add(elapsed);
            }
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("label", label);
        line.putAll(samples.summary());
        line.put("errors", errors);
        if (lastError != null) {
            line.put("lastError", lastError.length() > 300 ? lastError.substring(0, 300) : lastError);
        }
        String json = new ObjectMapper().writeValueAsString(line);
        System.out.println(json);
        Files.writeString(Path.of(Options.required(options, "out")), json + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}

package org.partnercommerce.benchmarks.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what benchmarks/run.sh collected and turns it into figures.
 *
 * <ul>
 *   <li>{@code Report judge <gatling index.html> <max error %> <max p99 ms>}: prints {@code PASS ...} when the run
 *       kept its errors under the bound and every call's p99 under the bound, else {@code FAIL ...} and why.</li>
 *   <li>{@code Report write <work dir> <results/<ts>.json> <results/latest.json> <README.md>}: writes the JSON,
 *       prints the table, and puts the table in the README between its result markers.</li>
 * </ul>
 *
 * Gatling 3.15 keeps its statistics in the HTML report only (its simulation.log is binary), so the
 * request table of {@code index.html} is read, checked against its column headers.
 */
public final class Report {

    static final List<String> CALLS = List.of("token", "create cart", "checkout", "get order");
    private static final List<String> COLUMNS = List.of("Total", "OK", "KO", "% KO", "Cnt/s", "Min", "50th pct", "95th pct",
            "99th pct", "99.9th pct", "Max", "Mean", "Std Dev");
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "judge" -> System.out.println(judge(Path.of(args[1]), Double.parseDouble(args[2]), Double.parseDouble(args[3])));
            case "write" -> write(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Path.of(args[4]));
            default -> throw new IllegalArgumentException("judge or write");
        }
    }

    // ------------------------------------------------------------------------------------------
    // Gatling's request table

    /** One row of the request table: counts, then response times in ms. */
    record CallStats(String name, long total, long ok, long ko, double p50, double p95, double p99, double p999, double max,
                     double mean) {

        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("requests", total);
            map.put("ok", ok);
            map.put("errors", ko);
            map.put("p50Ms", p50);
            map.put("p95Ms", p95);
            map.put("p99Ms", p99);
            map.put("p999Ms", p999);
            map.put("maxMs", max);
            map.put("meanMs", mean);
            return map;
        }
    }

    private static final Pattern HEADER = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]+)<");
    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    static Map<String, CallStats> gatlingTable(Path indexHtml) throws IOException {
        String html = Files.readString(indexHtml);
        Matcher header = HEADER.matcher(html);
        List<String> seen = new ArrayList<>();
        while (header.find() && seen.size() < COLUMNS.size()) {
            if (!header.group(1).equals("1")) {
                seen.add(header.group(2).trim());
            }
        }
        if (!seen.equals(COLUMNS)) {
            throw new IllegalStateException("The Gatling report's columns are not the ones expected: " + seen);
        }
        Map<String, CallStats> calls = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(2));
            if (!name.find()) {
                continue;
            }
            Map<Integer, Double> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                String text = cell.group(2).trim();
                cells.put(Integer.parseInt(cell.group(1)), text.equals("-") || text.isEmpty() ? Double.NaN : Double.parseDouble(text));
            }
            String callName = name.group(1).trim();
            calls.put(callName, new CallStats(callName, cells.get(2).longValue(), cells.get(3).longValue(), cells.get(4).longValue(),
                    cells.get(8), cells.get(9), cells.get(10), cells.get(11), cells.get(12), cells.get(13)));
        }
        return calls;
    }

    static String judge(Path indexHtml, double maxErrorPct, double maxP99) throws IOException {
        Map<String, CallStats> calls = gatlingTable(indexHtml);
        CallStats all = calls.get("All Requests");
        if (all == null || all.total() == 0) {
            return "FAIL no requests";
        }
        double errorPct = 100.0 * all.ko() / all.total();
        List<String> why = new ArrayList<>();
        if (errorPct >= maxErrorPct) {
            why.add("errors %.2f %%".formatted(errorPct));
        }
        for (String call : CALLS) {
            CallStats stats = calls.get(call);
            if (stats == null) {
                why.add("no '" + call + "' request");
            } else if (!(stats.p99() < maxP99)) {
                why.add("p99 of " + call + " " + stats.p99() + " ms");
            }
        }
        String summary = "errors %.2f %%, p99 %s".formatted(errorPct, CALLS.stream()
                .map(call -> call + " " + (calls.containsKey(call) ? fmt(calls.get(call).p99()) : "-")).toList());
        return why.isEmpty() ? "PASS " + summary : "FAIL " + String.join(", ", why) + " (" + summary + ")";
    }

    // ------------------------------------------------------------------------------------------
    // The whole run

    private static void write(Path work, Path out, Path latest, Path readme) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        Properties machine = properties(work.resolve("machine.properties"));
        result.put("machine", new LinkedHashMap<>(new TreeMap<>(machine)));
        Map<String, Object> targets = new LinkedHashMap<>();

        // pgbench
        Map<String, Object> pgbench = new LinkedHashMap<>();
        pgbench.put("tpcbTps", pgbenchTps(work.resolve("pgbench.txt")));
        pgbench.put("tpcbLatencyMs", pgbenchLatency(work.resolve("pgbench.txt")));
        pgbench.put("simpleUpdateTps", pgbenchTps(work.resolve("pgbench-simple-update.txt")));
        pgbench.put("oneClientSimpleUpdateLatencyMs", pgbenchLatency(work.resolve("pgbench-one-client.txt")));
        pgbench.put("note", "pgbench -c 8 -j 2 on a scale-10 database; each transaction is one commit. One client, -N: the "
                + "latency of one small durable write transaction (three statements and a commit)");
        result.put("pgbench", pgbench);

        // start-up
        JsonNode startup = readJson(work.resolve("startup.json"));
        if (startup != null) {
            result.put("startup", JSON.convertValue(startup, Map.class));
        }

        JsonNode startupAot = readJson(work.resolve("startup-aot.json"));
        if (startupAot != null) {
            result.put("startupWithAotCache", JSON.convertValue(startupAot, Map.class));
        }

        // the journey
        List<Map<String, String>> steps = tsv(work.resolve("steps.tsv"));
        Map<String, Object> journey = new LinkedHashMap<>();
        List<Map<String, Object>> stepResults = new ArrayList<>();
        for (Map<String, String> step : steps) {
            stepResults.add(stepResult(step));
        }
        journey.put("steps", stepResults);
        Map<String, Object> referenceService = find(stepResults, "reference-service");
        Map<String, Object> referenceEmulator = find(stepResults, "reference-emulator");
        Properties commitsPerCall = properties(work.resolve("commits-per-call.properties"));
        if (!commitsPerCall.isEmpty()) {
            Map<String, Object> commits = new LinkedHashMap<>();
            commitsPerCall.forEach((key, value) -> commits.put((String) key, round2(Double.parseDouble((String) value))));
            journey.put("commitsPerCall", commits);
        }
        Properties writesPerCall = properties(work.resolve("writes-per-call.properties"));
        if (!writesPerCall.isEmpty()) {
            Map<String, Object> writes = new LinkedHashMap<>();
            writesPerCall.forEach((key, value) -> writes.put((String) key, round2(Double.parseDouble((String) value))));
            journey.put("writeTransactionsPerCall", writes);
        }
        Properties tableOps = properties(work.resolve("table-ops-per-call.properties"));
        if (!tableOps.isEmpty()) {
            journey.put("tableOperationsPerCall", new LinkedHashMap<>(new TreeMap<>(tableOps)));
        }
        Map<String, Object> overhead = new LinkedHashMap<>();
        if (referenceService != null && referenceEmulator != null) {
            for (String call : CALLS) {
                Map<String, Object> s = callOf(referenceService, call);
                Map<String, Object> e = callOf(referenceEmulator, call);
                if (s == null || e == null) {
                    continue;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (String p : List.of("p50Ms", "p95Ms", "p99Ms")) {
                    row.put("service." + p, s.get(p));
                    row.put("emulator." + p, e.get(p));
                }
                row.put("ratioP50", ratio(s.get("p50Ms"), e.get("p50Ms")));
                row.put("ratioP99", ratio(s.get("p99Ms"), e.get("p99Ms")));
                row.put("addedP50Ms", minus(s.get("p50Ms"), e.get("p50Ms")));
                row.put("addedP99Ms", minus(s.get("p99Ms"), e.get("p99Ms")));
                overhead.put(call, row);
            }
            journey.put("overheadAtReferenceRate", overhead);
        }
        Map<String, Object> saturationService = highestPass(stepResults, "service");
        Map<String, Object> saturationEmulator = highestPass(stepResults, "emulator");
        Map<String, Object> firstFailService = firstFailAbove(stepResults, "service", saturationService);
        journey.put("saturationService", saturationService);
        journey.put("firstFailingStepService", firstFailService);
        journey.put("saturationEmulator", saturationEmulator);
        journey.put("firstFailingStepEmulator", firstFailAbove(stepResults, "emulator", saturationEmulator));
        Map<String, Object> profiles = new LinkedHashMap<>();
        for (Map<String, Object> step : new java.util.ArrayList<>(java.util.Arrays.asList(saturationService, firstFailService))) {
            if (step != null) {
                JsonNode summary = readJson(work.resolve("jfr").resolve("service-" + step.get("label") + ".summary.json"));
                if (summary != null) {
                    profiles.put((String) step.get("label"), JSON.convertValue(summary, Map.class));
                }
            }
        }
        if (!profiles.isEmpty()) {
            journey.put("serviceProfiles", profiles);
        }
        result.put("journey", journey);

        // the database's share
        Object tps = pgbench.get("tpcbTps");
        if (saturationService != null && tps instanceof Double tpcb && commitsPerCall.getProperty("checkout") != null) {
            double rate = ((Number) saturationService.get("rate")).doubleValue();
            double perJourney = sum(commitsPerCall);
            double perCheckout = Double.parseDouble(commitsPerCall.getProperty("checkout"));
            Map<String, Object> share = new LinkedHashMap<>();
            share.put("commitsPerJourney", round2(perJourney));
            share.put("commitsPerCheckout", round2(perCheckout));
            share.put("checkoutCommitsPerSecondAtSaturation", round2(rate * perCheckout));
            share.put("journeyCommitsPerSecondAtSaturation", round2(rate * perJourney));
            share.put("checkoutShareOfPgbenchTpsPct", round2(100 * rate * perCheckout / tpcb));
            share.put("journeyShareOfPgbenchTpsPct", round2(100 * rate * perJourney / tpcb));
            share.put("oneCheckoutShareOfPgbenchTpsPct", round4(100 * perCheckout / tpcb));
            result.put("databaseShare", share);
        }

        // growth
        Map<String, Map<String, Object>> growth = jsonLines(work.resolve("growth.jsonl"));
        if (!growth.isEmpty()) {
            result.put("growth", growth);
        }
        Map<String, Map<String, Object>> carts = jsonLines(work.resolve("carts.jsonl"));
        if (!carts.isEmpty()) {
            result.put("carts", carts);
        }
        String sizes = readOrNull(work.resolve("growth-size.txt"));
        if (sizes != null) {
            result.put("growthTableSizes", sizes.strip());
        }

        // reconciliation
        Map<String, Map<String, Object>> reconciliationRuns = jsonLines(work.resolve("reconciliation.jsonl"));
        Map<String, Object> reconciliation = reconciliationRuns.isEmpty() ? null : reconciliation(reconciliationRuns);
        if (reconciliation != null) {
            if (machine.getProperty("reconciliationServiceHwmKb") != null) {
                reconciliation.put("serviceHwmMiBAtEnd", round2(Long.parseLong(machine.getProperty("reconciliationServiceHwmKb").trim()) / 1024.0));
            }
            result.put("reconciliation", reconciliation);
        }

        // JMH
        JsonNode jmh = readJson(work.resolve("jmh.json"));
        Map<String, Object> domain = new LinkedHashMap<>();
        if (jmh != null) {
            for (JsonNode run : jmh) {
                String name = run.get("benchmark").asText().replaceAll(".*\\.", "") + "@" + run.get("params").get("lines").asText();
                Map<String, Object> row = new LinkedHashMap<>();
                JsonNode metric = run.get("primaryMetric");
                row.put("scoreUs", round2(metric.get("score").asDouble()));
                row.put("errorUs", metric.get("scoreError").isNumber() ? round2(metric.get("scoreError").asDouble()) : null);
                row.put("perLineUs", round2(metric.get("score").asDouble() / run.get("params").get("lines").asDouble()));
                row.put("unit", metric.get("scoreUnit").asText());
                domain.put(name, row);
            }
            result.put("jmh", domain);
        }

        // the targets
        if (!overhead.isEmpty()) {
            double worst = CALLS.stream().skip(1).filter(overhead::containsKey)
                    .mapToDouble(call -> num(((Map<?, ?>) overhead.get(call)).get("addedP99Ms"))).max().orElse(Double.NaN);
            targets.put("addedP99Under5Ms", target(worst < 5, "worst added p99 over the service's calls: " + fmt(worst) + " ms"));
        }
        if (saturationService != null || !stepResults.isEmpty()) {
            double rate = saturationService == null ? 0 : num(saturationService.get("rate"));
            String baseline = saturationEmulator == null ? ""
                    : " (the emulator alone, with the same load generator on the same cores: " + fmt(num(saturationEmulator.get("rate"))) + ")";
            targets.put("atLeast300JourneysPerSecond", target(rate >= 300, "highest step held: " + fmt(rate) + " journeys/s" + baseline));
        }
        if (startup != null) {
            double plain = startup.get("medianTimeToFirstRequestMs").asDouble();
            if (startupAot != null) {
                double cached = startupAot.get("medianTimeToFirstRequestMs").asDouble();
                targets.put("firstRequestUnder3s", target(cached < 3000, "median " + fmt(cached)
                        + " ms with the AOT cache (the way README's production section runs it); plain java -jar " + fmt(plain) + " ms"));
            } else {
                targets.put("firstRequestUnder3s", target(plain < 3000, "median " + fmt(plain) + " ms (java -jar, no AOT cache)"));
            }
        }
        if (!growth.isEmpty()) {
            List<String> notes = new ArrayList<>();
            boolean flat = true;
            for (String kind : List.of("first-page", "deep-page", "get-order")) {
                List<Integer> sizesSeen = growth.keySet().stream().filter(key -> key.startsWith(kind + "@"))
                        .map(key -> Integer.parseInt(key.substring(key.indexOf('@') + 1))).sorted().toList();
                if (sizesSeen.size() < 2) {
                    continue;
                }
                double small = num(growth.get(kind + "@" + sizesSeen.getFirst()).get("p50Ms"));
                double large = num(growth.get(kind + "@" + sizesSeen.getLast()).get("p50Ms"));
                double factor = large / small;
                flat &= factor <= 1.5;
                notes.add(kind + " p50 x" + fmt(factor) + " from " + sizesSeen.getFirst() + " to " + sizesSeen.getLast());
            }
            targets.put("orderLookupsFlat", target(flat, String.join("; ", notes) + " (flat: at most x1.5)"));
        }
        if (reconciliation != null && reconciliation.get("json") instanceof Map<?, ?> fit && fit.get("rssPeakSlopeMiBPerMillionLines") != null) {
            double all = num(fit.get("rssPeakSlopeMiBPerMillionLines"));
            double top = num(fit.get("rssPeakSlopeLargestTwoMiBPerMillionLines"));
            double heap = num(fit.get("heapAfterGcSlopeMiBPerMillionLines"));
            boolean complete = reconciliationRuns.values().stream().allMatch(run -> Boolean.TRUE.equals(run.get("complete")));
            targets.put("reconciliationFlat", target(all < FLAT_MIB_PER_MILLION && !(heap >= FLAT_MIB_PER_MILLION) && complete,
                    "JSON: peak RSS " + fmt(fit.get("smallestRssPeakMiB")) + " MiB at " + fit.get("smallestLines") + " lines, "
                    + (Objects.equals(fit.get("nextLargestLines"), fit.get("smallestLines")) ? ""
                            : fmt(fit.get("nextLargestRssPeakMiB")) + " at " + fit.get("nextLargestLines") + ", ") + fmt(fit.get("largestRssPeakMiB"))
                    + " at " + fit.get("largestLines") + "; slope " + fmt(all) + " MiB per million lines over all sizes, " + fmt(top)
                    + " between the two largest; heap left after a GC " + fmt(heap) + " MiB per million lines (flat: slope over all sizes under "
                    + fmt(FLAT_MIB_PER_MILLION) + ", every response complete)" + (complete ? "" : "; **some responses were incomplete**")));
        }
        result.put("targets", targets);

        String table = table(result);
        System.out.println(table);
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result);
        Files.writeString(out, json + "\n");
        Files.writeString(latest, json + "\n");
        if (Files.exists(readme)) {
            String text = Files.readString(readme);
            // a run of the reconciliation phase alone leaves the whole run's table as it is, and writes its own section
            String phases = machine.getProperty("phases", "").strip();
            if (!phases.equals("reconciliation")) {
                text = between(text, README_START, README_END, table);
            }
            if (reconciliation != null) {
                text = between(text, RECONCILIATION_START, README_END_RECONCILIATION, header(result) + "\n" + reconciliationTable(result));
            }
            Files.writeString(readme, text);
        }
    }

    static final String README_START = "<!-- results:start (written by run.sh) -->";
    static final String README_END = "<!-- results:end -->";
    static final String RECONCILIATION_START = "<!-- reconciliation:start (written by run.sh) -->";
    static final String README_END_RECONCILIATION = "<!-- reconciliation:end -->";
    /** Flat: under 10 bytes of resident memory per line. Anything kept per line (a row, an id) costs 50 bytes or more. */
    static final double FLAT_MIB_PER_MILLION = 10;

    private static String between(String text, String startMarker, String endMarker, String content) {
        int start = text.indexOf(startMarker);
        int end = text.indexOf(endMarker);
        if (start < 0 || end <= start) {
            return text;
        }
        return text.substring(0, start + startMarker.length()) + "\n" + content + "\n" + text.substring(end);
    }

    // ------------------------------------------------------------------------------------------
    // Reconciliation

    /**
     * The runs by label, and per format a least-squares line of peak RSS (and of the heap left after a GC) against
     * the number of lines: its slope in MiB per million lines.
     */
    private static Map<String, Object> reconciliation(Map<String, Map<String, Object>> runs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("runs", runs);
        for (String format : List.of("json", "csv")) {
            List<Map<String, Object>> rows = runs.values().stream().filter(run -> format.equals(run.get("format")))
                    .sorted((a, b) -> Double.compare(num(a.get("lines")), num(b.get("lines")))).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Map<String, Object> fit = new LinkedHashMap<>();
            Map<String, Object> smallest = rows.getFirst();
            Map<String, Object> largest = rows.getLast();
            fit.put("smallestLines", smallest.get("lines"));
            fit.put("largestLines", largest.get("lines"));
            fit.put("smallestRssPeakMiB", smallest.get("rssPeakMiB"));
            fit.put("largestRssPeakMiB", largest.get("rssPeakMiB"));
            if (rows.size() >= 2) {
                Map<String, Object> next = rows.get(rows.size() - 2);
                fit.put("nextLargestLines", next.get("lines"));
                fit.put("nextLargestRssPeakMiB", next.get("rssPeakMiB"));
                fit.put("rssPeakSlopeLargestTwoMiBPerMillionLines", round2(slope(rows.subList(rows.size() - 2, rows.size()), "rssPeakMiB")));
                fit.put("rssPeakOverBeforeSlopeLargestTwoMiBPerMillionLines",
                        round2(slope(rows.subList(rows.size() - 2, rows.size()), "rssPeakOverBeforeMiB")));
                if (largest.get("rssAtTenthMiB") != null) {
                    fit.put("largestRssAtTenthMiB", largest.get("rssAtTenthMiB"));
                    fit.put("largestCreepAfterTenthMiBPerMillionLines",
                            round2((num(largest.get("rssPeakMiB")) - num(largest.get("rssAtTenthMiB"))) / (0.9 * num(largest.get("lines")) / 1e6)));
                }
                fit.put("rssPeakSlopeMiBPerMillionLines", round2(slope(rows, "rssPeakMiB")));
                fit.put("rssPeakOverBeforeSlopeMiBPerMillionLines", round2(slope(rows, "rssPeakOverBeforeMiB")));
                if (rows.stream().allMatch(row -> row.get("heapUsedAfterGcAfterMiB") != null)) {
                    fit.put("heapAfterGcSlopeMiBPerMillionLines", round2(slope(rows, "heapUsedAfterGcAfterMiB")));
                }
            }
            out.put(format, fit);
        }
        return out;
    }

    /** Least squares of {@code field} against lines, in units of the field per million lines. */
    private static double slope(List<Map<String, Object>> rows, String field) {
        double n = rows.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Map<String, Object> row : rows) {
            double x = num(row.get("lines")) / 1e6;
            double y = num(row.get(field));
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double denominator = n * sxx - sx * sx;
        return denominator == 0 ? Double.NaN : (n * sxy - sx * sy) / denominator;
    }

    private static String reconciliationTable(Map<String, Object> r) {
        if (!(r.get("reconciliation") instanceof Map<?, ?> reconciliation)) {
            return "";
        }
        StringBuilder t = new StringBuilder();
        Map<?, ?> runs = (Map<?, ?>) reconciliation.get("runs");
        t.append("| reconciliation of an invoice (GET /v1/reconciliation/invoices/{id}) | format | wall s | MiB received | lines/s "
                + "| service CPU s | service RSS before / peak / after, MiB | heap after a GC, before / after, MiB | emulator RSS peak MiB | complete |\n");
        t.append("|---|---|---|---|---|---|---|---|---|---|\n");
        runs.values().stream().map(run -> (Map<?, ?>) run)
                .sorted((a, b) -> a.get("lines").equals(b.get("lines")) ? String.valueOf(b.get("format")).compareTo(String.valueOf(a.get("format")))
                        : Double.compare(num(a.get("lines")), num(b.get("lines"))))
                .forEach(run -> t.append("| ").append(run.get("lines")).append(" lines | ").append(run.get("format")).append(" | ")
                        .append(fmt(run.get("wallS"))).append(" | ").append(fmt(num(run.get("bytes")) / 1048576.0)).append(" | ")
                        .append(fmt(run.get("linesPerS"))).append(" | ").append(fmt(run.get("serviceCpuS"))).append(" | ")
                        .append(fmt(run.get("rssBeforeMiB"))).append(" / **").append(fmt(run.get("rssPeakMiB"))).append("** / ")
                        .append(fmt(run.get("rssAfterMiB"))).append(" | ").append(fmt(run.get("heapUsedAfterGcBeforeMiB"))).append(" / ")
                        .append(fmt(run.get("heapUsedAfterGcAfterMiB"))).append(" | ").append(fmt(run.get("emulatorRssPeakMiB"))).append(" | ")
                        .append(Boolean.TRUE.equals(run.get("complete")) ? "yes" : "**no** " + Objects.toString(run.get("error"), "")
                                + " (" + run.get("linesReceived") + " lines)").append(" |\n"));
        t.append('\n');
        for (String format : List.of("json", "csv")) {
            if (reconciliation.get(format) instanceof Map<?, ?> fit && fit.get("rssPeakSlopeMiBPerMillionLines") != null) {
                t.append("Fitted against the lines (least squares, ").append(format.toUpperCase(Locale.ROOT)).append("): peak RSS ")
                        .append(fmt(fit.get("rssPeakSlopeMiBPerMillionLines"))).append(" MiB per million lines over all sizes, ")
                        .append(fmt(fit.get("rssPeakSlopeLargestTwoMiBPerMillionLines"))).append(" between the two largest (")
                        .append(fit.get("nextLargestLines")).append(" and ").append(fit.get("largestLines"))
                        .append(" lines); peak RSS over the RSS before ").append(fmt(fit.get("rssPeakOverBeforeSlopeMiBPerMillionLines")))
                        .append(" MiB per million lines, ").append(fmt(fit.get("rssPeakOverBeforeSlopeLargestTwoMiBPerMillionLines")))
                        .append(" between the two largest");
                if (fit.get("largestCreepAfterTenthMiBPerMillionLines") != null) {
                    t.append("; within the largest request, from a tenth of its way (").append(fmt(fit.get("largestRssAtTenthMiB")))
                            .append(" MiB) to its peak, ").append(fmt(fit.get("largestCreepAfterTenthMiBPerMillionLines")))
                            .append(" MiB per million lines");
                }
                if (fit.get("heapAfterGcSlopeMiBPerMillionLines") != null) {
                    t.append("; heap left after a GC ").append(fmt(fit.get("heapAfterGcSlopeMiBPerMillionLines"))).append(" MiB per million lines");
                }
                t.append(".\n");
            }
        }
        if (reconciliation.get("serviceHwmMiBAtEnd") != null) {
            t.append("The reconciliation service's VmHWM (its highest RSS since it started, warm-up included): ")
                    .append(fmt(reconciliation.get("serviceHwmMiBAtEnd"))).append(" MiB.\n");
        }
        return t.toString();
    }

    private static Map<String, Object> stepResult(Map<String, String> step) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("label", step.get("label"));
        row.put("target", step.get("target"));
        row.put("rate", Integer.parseInt(step.get("rate")));
        int seconds = Integer.parseInt(step.get("seconds"));
        row.put("seconds", seconds);
        row.put("verdict", step.get("verdict"));
        row.put("report", step.get("report").equals("none") ? null : step.get("report") + "/index.html");
        row.put("otherBuildJvms", Integer.parseInt(step.get("otherBuildJvms").trim()));
        if (step.get("report").equals("none")) {
            return row;
        }
        Map<String, CallStats> calls = gatlingTable(Path.of(step.get("report"), "index.html"));
        Map<String, Object> perCall = new LinkedHashMap<>();
        for (String call : CALLS) {
            if (calls.containsKey(call)) {
                perCall.put(call, calls.get(call).toMap());
            }
        }
        row.put("calls", perCall);
        CallStats all = calls.get("All Requests");
        long journeys = calls.containsKey("get order") ? calls.get("get order").ok() : 0;
        long started = calls.containsKey("token") ? calls.get("token").total() : 0;
        row.put("journeysStarted", started);
        row.put("journeysCompleted", journeys);
        row.put("errors", all == null ? null : all.ko());
        row.put("errorPct", all == null || all.total() == 0 ? null : round2(100.0 * all.ko() / all.total()));
        double wall = Double.parseDouble(step.get("wallS"));
        double service = Double.parseDouble(step.get("serviceCpuS"));
        // older runs did not split the JIT compiler's share out
        Double serviceJit = step.containsKey("serviceJitCpuS") ? Double.parseDouble(step.get("serviceJitCpuS")) : null;
        double emulator = Double.parseDouble(step.get("emulatorCpuS"));
        double postgres = Double.parseDouble(step.get("postgresCpuS"));
        double busy = Double.parseDouble(step.get("machineBusyS"));
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("serviceS", round2(service));
        if (serviceJit != null) {
            cpu.put("serviceJitCompilerS", round2(serviceJit));
        }
        cpu.put("emulatorS", round2(emulator));
        cpu.put("postgresS", round2(postgres));
        cpu.put("machineBusyS", round2(busy));
        cpu.put("wallS", round2(wall));
        if (journeys > 0) {
            cpu.put("serviceMsPerJourney", round2(1000 * service / journeys));
            if (serviceJit != null) {
                cpu.put("serviceJitCompilerMsPerJourney", round2(1000 * serviceJit / journeys));
            }
            cpu.put("emulatorMsPerJourney", round2(1000 * emulator / journeys));
            cpu.put("postgresMsPerJourney", round2(1000 * postgres / journeys));
            cpu.put("restMsPerJourney", round2(1000 * (busy - service - emulator - postgres) / journeys));
        }
        row.put("cpu", cpu);
        long rss = Long.parseLong(step.get("serviceRssKb").trim().isEmpty() ? "0" : step.get("serviceRssKb").trim());
        if (rss > 0) {
            row.put("serviceRssMiB", round2(rss / 1024.0));
            row.put("serviceHwmMiB", round2(Long.parseLong(step.get("serviceHwmKb").trim()) / 1024.0));
        }
        if (step.get("target").equals("service") && journeys > 0) {
            row.put("commits", Long.parseLong(step.get("commits").trim()));
            row.put("commitsPerJourneyApprox", round2(Double.parseDouble(step.get("commits").trim()) / journeys));
        }
        return row;
    }

    // ------------------------------------------------------------------------------------------
    // The table

    private static String header(Map<String, Object> r) {
        StringBuilder t = new StringBuilder();
        Map<?, ?> machine = (Map<?, ?>) r.get("machine");
        t.append("Measured ").append(machine.get("timestamp")).append(" on ").append(machine.get("cpu")).append(", ")
                .append(machine.get("cores")).append(" cores, ").append(machine.get("memory")).append(", ").append(machine.get("os"))
                .append("; ").append(machine.get("java")).append("; PostgreSQL ").append(machine.get("postgresql"))
                .append(" (").append(machine.get("pgSettings")).append("); service heap ")
                .append(machine.get("serviceHeap") == null ? "the JVM's default" : "-Xmx" + machine.get("serviceHeap"))
                .append("; commit ").append(machine.get("gitCommit")).append(".\n");
        t.append("Load average at start ").append(machine.get("loadAverageAtStart")).append(", other build JVMs running at start ")
                .append(machine.get("otherBuildJvmsAtStart")).append(", at end ").append(machine.get("otherBuildJvmsAtEnd"))
                .append(". Load generator, service, emulator and database share the same cores.");
        if ("1".equals(machine.get("quick"))) {
            t.append(" **Quick smoke run (BENCH_QUICK=1): tiny load, not a measurement.**");
        }
        if (machine.get("phases") != null) {
            t.append(" Phases run: ").append(machine.get("phases")).append('.');
        }
        t.append("\n");
        return t.toString();
    }

    private static String table(Map<String, Object> r) {
        StringBuilder t = new StringBuilder(header(r));
        t.append('\n');

        Map<?, ?> targets = (Map<?, ?>) r.get("targets");
        t.append("| target | result | |\n|---|---|---|\n");
        targetRow(t, targets, "addedP99Under5Ms", "each call adds < 5 ms at p99 over the emulator (at the reference rate)");
        targetRow(t, targets, "atLeast300JourneysPerSecond", ">= 300 purchase journeys/s on PostgreSQL, one instance, 2 cores");
        targetRow(t, targets, "firstRequestUnder3s", "time to first request < 3 s");
        targetRow(t, targets, "orderLookupsFlat", "order lookups flat from 10^3 to 10^6 orders");
        targetRow(t, targets, "reconciliationFlat", "an invoice's reconciliation in constant memory, 10^3 to 10^6 lines (peak RSS)");
        t.append('\n');

        Map<?, ?> journey = (Map<?, ?>) r.get("journey");
        if (journey != null && journey.get("overheadAtReferenceRate") instanceof Map<?, ?> overhead && !overhead.isEmpty()) {
            Map<String, Object> ref = find(castList(journey.get("steps")), "reference-service");
            t.append("**Purchase journey at ").append(ref == null ? "?" : ref.get("rate"))
                    .append(" journeys/s** (open model; ms; service = Partner Commerce in front of the emulator, baseline = the emulator alone)\n\n");
            t.append("| call | service p50 | p95 | p99 | baseline p50 | p95 | p99 | ratio p50 | ratio p99 | added p99 |\n");
            t.append("|---|---|---|---|---|---|---|---|---|---|\n");
            for (String call : CALLS) {
                if (overhead.get(call) instanceof Map<?, ?> row) {
                    t.append("| ").append(call).append(call.equals("token") ? " (emulator in both)" : "").append(" | ")
                            .append(fmt(row.get("service.p50Ms"))).append(" | ").append(fmt(row.get("service.p95Ms"))).append(" | ")
                            .append(fmt(row.get("service.p99Ms"))).append(" | ").append(fmt(row.get("emulator.p50Ms"))).append(" | ")
                            .append(fmt(row.get("emulator.p95Ms"))).append(" | ").append(fmt(row.get("emulator.p99Ms"))).append(" | ")
                            .append(fmt(row.get("ratioP50"))).append(" | ").append(fmt(row.get("ratioP99"))).append(" | ")
                            .append(fmt(row.get("addedP99Ms"))).append(" |\n");
                }
            }
            t.append('\n');
        }
        if (journey != null) {
            t.append("| saturation (highest step held) | journeys/s | errors | p50 / p99 create cart | p50 / p99 checkout | p50 / p99 get order | service CPU ms/journey | RSS (peak) MiB |\n");
            t.append("|---|---|---|---|---|---|---|---|\n");
            satRow(t, "service", journey.get("saturationService"), journey.get("firstFailingStepService"));
            satRow(t, "baseline (emulator alone)", journey.get("saturationEmulator"), journey.get("firstFailingStepEmulator"));
            t.append('\n');
            Map<String, Object> ref = find(castList(journey.get("steps")), "reference-service");
            if (ref != null && ref.get("cpu") instanceof Map<?, ?> cpu) {
                t.append("CPU per journey at the reference rate (ms): service ").append(fmt(cpu.get("serviceMsPerJourney")))
                        .append(jitShare(cpu)).append(", emulator ").append(fmt(cpu.get("emulatorMsPerJourney"))).append(", PostgreSQL ")
                        .append(fmt(cpu.get("postgresMsPerJourney"))).append(", load generator and the rest ")
                        .append(fmt(cpu.get("restMsPerJourney"))).append("; service RSS ").append(fmt(ref.get("serviceRssMiB")))
                        .append(" MiB.\n\n");
            }
            if (journey.get("serviceProfiles") instanceof Map<?, ?> profiles) {
                profiles.forEach((label, profile) -> {
                    Map<?, ?> layers = (Map<?, ?>) ((Map<?, ?>) profile).get("layersInclusivePct");
                    t.append("Service profile (JFR, ").append(label).append(", % of samples with the layer on the stack): ");
                    t.append(layers.entrySet().stream().limit(12).map(e -> e.getKey() + " " + fmt(e.getValue()))
                            .collect(java.util.stream.Collectors.joining(", "))).append(".\n\n");
                    if (((Map<?, ?>) profile).get("layersSelfPct") instanceof Map<?, ?> self) {
                        t.append("Service profile, self (JFR, ").append(label)
                                .append(", % of samples by the layer whose code ran, the JDK's frames counted to their caller): ");
                        t.append(self.entrySet().stream().limit(12).map(e -> e.getKey() + " " + fmt(e.getValue()))
                                .collect(java.util.stream.Collectors.joining(", "))).append(".\n\n");
                    }
                });
            }
        }
        Map<?, ?> pgbench = (Map<?, ?>) r.get("pgbench");
        Map<?, ?> share = (Map<?, ?>) r.get("databaseShare");
        if (r.get("reconciliation") != null) {
            t.append(reconciliationTable(r)).append('\n');
        }
        t.append("| database | |\n|---|---|\n");
        t.append("| pgbench TPC-B (8 clients) | ").append(fmt(pgbench.get("tpcbTps"))).append(" tps, ")
                .append(fmt(pgbench.get("tpcbLatencyMs"))).append(" ms average |\n");
        t.append("| pgbench simple-update (-N) | ").append(fmt(pgbench.get("simpleUpdateTps"))).append(" tps |\n");
        t.append("| one client, one small write transaction (pgbench -N -c 1) | ").append(fmt(pgbench.get("oneClientSimpleUpdateLatencyMs")))
                .append(" ms average: what one durable commit costs on this disk |\n");
        if (journey != null && journey.get("commitsPerCall") instanceof Map<?, ?> commits) {
            t.append("| commits per call | create cart ").append(fmt(commits.get("createCart"))).append(", checkout ")
                    .append(fmt(commits.get("checkout"))).append(", get order ").append(fmt(commits.get("getOrder"))).append(" |\n");
        }
        if (journey != null && journey.get("writeTransactionsPerCall") instanceof Map<?, ?> writes) {
            t.append("| of which write (were given a transaction id) | create cart ").append(fmt(writes.get("createCart")))
                    .append(", checkout ").append(fmt(writes.get("checkout"))).append(", get order ").append(fmt(writes.get("getOrder")))
                    .append(" |\n");
        }
        if (journey != null && journey.get("tableOperationsPerCall") instanceof Map<?, ?> ops) {
            ops.forEach((call, text) -> t.append("| table operations per ").append(call).append(" | ").append(text).append(" |\n"));
        }
        if (share != null) {
            t.append("| one checkout | ").append(fmt(share.get("oneCheckoutShareOfPgbenchTpsPct")))
                    .append(" % of pgbench's commits per second |\n");
            t.append("| checkouts at saturation | ").append(fmt(share.get("checkoutCommitsPerSecondAtSaturation")))
                    .append(" commits/s = ").append(fmt(share.get("checkoutShareOfPgbenchTpsPct")))
                    .append(" % of pgbench TPC-B; the whole journey ").append(fmt(share.get("journeyShareOfPgbenchTpsPct"))).append(" % |\n");
        }
        t.append('\n');
        if (r.get("startup") instanceof Map<?, ?> startup) {
            t.append("| start-up (median of ").append(((List<?>) startup.get("runs")).size())
                    .append(") | time to first API call | RSS after it | Quarkus 'started in' |\n|---|---|---|---|\n");
            t.append("| java -jar quarkus-run.jar | ").append(fmt(startup.get("medianTimeToFirstRequestMs"))).append(" ms | ")
                    .append(fmt(startup.get("medianRssMiB"))).append(" MiB | ").append(fmt(startup.get("medianQuarkusStartedInS")))
                    .append(" s |\n");
            if (r.get("startupWithAotCache") instanceof Map<?, ?> aot) {
                t.append("| aot-jar package with the JDK's AOT cache from a training run (-XX:AOTCache=app.aot) | ")
                        .append(fmt(aot.get("medianTimeToFirstRequestMs"))).append(" ms | ").append(fmt(aot.get("medianRssMiB")))
                        .append(" MiB | ").append(fmt(aot.get("medianQuarkusStartedInS"))).append(" s |\n");
            }
            t.append('\n');
        }
        if (r.get("growth") instanceof Map<?, ?> growth) {
            List<String> sizes = growth.keySet().stream().map(key -> ((String) key).substring(((String) key).indexOf('@') + 1))
                    .distinct().toList();
            t.append("| orders stored for the customer |");
            sizes.forEach(size -> t.append(' ').append(size).append(" |"));
            t.append("\n|---|").append("---|".repeat(sizes.size())).append('\n');
            for (String kind : List.of("first-page", "deep-page", "get-order")) {
                t.append("| ").append(Map.of("first-page", "first page of 50, p50 / p99 ms", "deep-page",
                        "last page of 50 (continuation token), p50 / p99 ms", "get-order", "one order by id, p50 / p99 ms").get(kind)).append(" |");
                for (String size : sizes) {
                    Map<?, ?> row = (Map<?, ?>) growth.get(kind + "@" + size);
                    t.append(' ').append(row == null ? "-" : fmt(row.get("p50Ms")) + " / " + fmt(row.get("p99Ms"))).append(" |");
                }
                t.append('\n');
            }
            t.append('\n');
        }
        if (r.get("carts") instanceof Map<?, ?> carts) {
            t.append("| create a cart over HTTP, p50 / p99 ms | service | emulator alone | added p50 |\n|---|---|---|---|\n");
            for (String lines : List.of("1", "10", "100", "200")) {
                Map<?, ?> s = (Map<?, ?>) carts.get("cart-service@" + lines);
                Map<?, ?> e = (Map<?, ?>) carts.get("cart-emulator@" + lines);
                if (s == null || e == null) {
                    continue;
                }
                t.append("| ").append(lines).append(" lines | ").append(fmt(s.get("p50Ms"))).append(" / ").append(fmt(s.get("p99Ms")))
                        .append(errors(s)).append(" | ").append(fmt(e.get("p50Ms"))).append(" / ").append(fmt(e.get("p99Ms"))).append(errors(e))
                        .append(" | ").append(fmt(minus(s.get("p50Ms"), e.get("p50Ms")))).append(" |\n");
            }
            t.append('\n');
        }
        if (r.get("jmh") instanceof Map<?, ?> jmh) {
            t.append("| JMH, CartDraft.validate (µs/op ± 99.9 % error) | 1 line | 10 | 100 | 500 |\n|---|---|---|---|---|\n");
            for (String bench : List.of("validate", "draftAndValidate")) {
                t.append("| ").append(bench).append(" |");
                for (String lines : List.of("1", "10", "100", "500")) {
                    Map<?, ?> row = (Map<?, ?>) jmh.get(bench + "@" + lines);
                    t.append(' ').append(row == null ? "-" : fmt(row.get("scoreUs")) + " ± " + fmt(row.get("errorUs"))).append(" |");
                }
                t.append('\n');
            }
            t.append("| validate, per line |");
            for (String lines : List.of("1", "10", "100", "500")) {
                Map<?, ?> row = (Map<?, ?>) jmh.get("validate@" + lines);
                t.append(' ').append(row == null ? "-" : fmt(row.get("perLineUs"))).append(" |");
            }
            t.append('\n');
        }
        return t.toString();
    }

    private static String errors(Map<?, ?> row) {
        return num(row.get("errors")) > 0 ? " (" + fmt(row.get("errors")) + " errors)" : "";
    }

    private static void targetRow(StringBuilder t, Map<?, ?> targets, String key, String text) {
        Map<?, ?> target = (Map<?, ?>) targets.get(key);
        t.append("| ").append(text).append(" | ").append(target == null ? "not measured" : (Boolean) target.get("met") ? "**met**" : "**missed**")
                .append(" | ").append(target == null ? "" : target.get("detail")).append(" |\n");
    }

    /** " (JIT compiler x)" when the run measured the compiler threads apart, else nothing. */
    private static String jitShare(Map<?, ?> cpu) {
        return cpu.containsKey("serviceJitCompilerMsPerJourney") ? " (JIT compiler " + fmt(cpu.get("serviceJitCompilerMsPerJourney")) + ")" : "";
    }

    private static void satRow(StringBuilder t, String label, Object step, Object firstFail) {
        if (!(step instanceof Map<?, ?> s)) {
            t.append("| ").append(label).append(" | no step held | | | | | | |\n");
            return;
        }
        Map<?, ?> calls = (Map<?, ?>) s.get("calls");
        Function<String, String> pp = call -> calls.get(call) instanceof Map<?, ?> c ? fmt(c.get("p50Ms")) + " / " + fmt(c.get("p99Ms")) : "-";
        Map<?, ?> cpu = (Map<?, ?>) s.get("cpu");
        t.append("| ").append(label).append(" | ").append(s.get("rate"))
                .append(firstFail instanceof Map<?, ?> f ? " (" + f.get("rate") + " did not hold)" : "")
                .append(" | ").append(fmt(s.get("errorPct"))).append(" % | ").append(pp.apply("create cart")).append(" | ")
                .append(pp.apply("checkout")).append(" | ").append(pp.apply("get order")).append(" | ")
                .append(label.equals("service") ? fmt(cpu.get("serviceMsPerJourney")) + jitShare(cpu) : "-").append(" | ")
                .append(label.equals("service") ? fmt(s.get("serviceRssMiB")) + " (" + fmt(s.get("serviceHwmMiB")) + ")" : "-")
                .append(" |\n");
    }

    // ------------------------------------------------------------------------------------------
    // Helpers

    private static Map<String, Object> target(boolean met, String detail) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("met", met);
        map.put("detail", detail);
        return map;
    }

    private static Map<String, Object> find(List<Map<String, Object>> steps, String label) {
        return steps.stream().filter(step -> label.equals(step.get("label"))).findFirst().orElse(null);
    }

    private static Map<String, Object> highestPass(List<Map<String, Object>> steps, String target) {
        return steps.stream()
                .filter(step -> target.equals(step.get("target")) && ((String) step.get("label")).startsWith("saturation")
                        && String.valueOf(step.get("verdict")).startsWith("PASS"))
                .max((a, b) -> Integer.compare((Integer) a.get("rate"), (Integer) b.get("rate"))).orElse(null);
    }

    private static Map<String, Object> firstFailAbove(List<Map<String, Object>> steps, String target, Map<String, Object> pass) {
        int floor = pass == null ? 0 : (Integer) pass.get("rate");
        return steps.stream()
                .filter(step -> target.equals(step.get("target")) && ((String) step.get("label")).startsWith("saturation")
                        && !String.valueOf(step.get("verdict")).startsWith("PASS") && (Integer) step.get("rate") > floor)
                .min((a, b) -> Integer.compare((Integer) a.get("rate"), (Integer) b.get("rate"))).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> callOf(Map<String, Object> step, String call) {
        Map<String, Object> calls = (Map<String, Object>) step.get("calls");
        return calls == null ? null : (Map<String, Object>) calls.get(call);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object list) {
        return (List<Map<String, Object>>) list;
    }

    private static Object ratio(Object a, Object b) {
        double x = num(a);
        double y = num(b);
        return y > 0 ? round2(x / y) : null;
    }

    private static Object minus(Object a, Object b) {
        return round2(num(a) - num(b));
    }

    private static double num(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }

    private static double sum(Properties properties) {
        return properties.values().stream().mapToDouble(value -> Double.parseDouble((String) value)).sum();
    }

    static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    static double round4(double value) {
        return Math.round(value * 10000.0) / 10000.0;
    }

    static String fmt(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isNaN(d)) {
                return "-";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e12) {
                return Long.toString((long) d);
            }
            return Math.abs(d) >= 100 ? String.format(Locale.ROOT, "%.0f", d)
                    : Math.abs(d) >= 10 ? String.format(Locale.ROOT, "%.1f", d) : String.format(Locale.ROOT, "%.2f", d);
        }
        return value.toString();
    }

    private static Object pgbenchTps(Path file) throws IOException {
        String text = readOrNull(file);
        if (text == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(text);
        return matcher.find() ? round2(Double.parseDouble(matcher.group(1))) : null;
    }

    private static Object pgbenchLatency(Path file) throws IOException {
        String text = readOrNull(file);
        if (text == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("latency average = ([0-9.]+) ms").matcher(text);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : null;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        String text = readOrNull(file);
        if (text != null) {
            // values are plain text: keep backslashes as they are
            properties.load(new StringReader(text.replace("\\", "\\\\")));
        }
        return properties;
    }

    private static List<Map<String, String>> tsv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        String text = readOrNull(file);
        if (text == null) {
            return rows;
        }
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        String[] header = lines.getFirst().split("\t", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> jsonLines(Path file) throws IOException {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        String text = readOrNull(file);
        if (text != null) {
            for (String line : text.lines().filter(line -> !line.isBlank()).toList()) {
                Map<String, Object> row = JSON.readValue(line, LinkedHashMap.class);
                rows.put((String) row.remove("label"), row);
            }
        }
        return rows;
    }

    private static JsonNode readJson(Path file) throws IOException {
        String text = readOrNull(file);
        return text == null || text.isBlank() ? null : JSON.readTree(text);
    }

    private static String readOrNull(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : null;
    }
}

package org.partnercommerce.benchmarks.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reconciliation of a generated invoice, measured from outside the service: asks the emulator
 * for an invoice of {@code --lines} lines computed on demand ({@code POST /emulator/v1/billing/generated-invoices}),
 * then, for each format of {@code --formats} ({@code json}, {@code csv}):
 * <ol>
 *   <li>a full GC of the service ({@code jcmd GC.run}) and its heap after it ({@code jcmd GC.heap_info}), its VmRSS;</li>
 *   <li>{@code GET /v1/reconciliation/invoices/{id}}, the body read as it comes and counted — bytes, and the invoice's
 *       lines (JSON: the objects of the {@code lines} array, read with Jackson's streaming parser; CSV: the rows
 *       starting {@code line,}) — never held; meanwhile the service's (and the emulator's) VmRSS every 100 ms;</li>
 *   <li>its VmRSS after, then a full GC and the heap after it again.</li>
 * </ol>
 * Appends one JSON line per format to {@code --out} (label {@code reconciliation-<format>@<lines>}) and writes the RSS
 * samples to {@code --series-dir}.
 *
 * <pre>
 * ReconciliationProbe --lines N --formats json,csv --service-url URL --emulator-url URL --token-url URL --scope S
 *                     --customer ID --currency USD --service-pid PID [--emulator-pid PID] [--clk-tck 100]
 *                     [--jcmd PATH] [--series-dir DIR] --out FILE
 * </pre>
 */
public final class ReconciliationProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEAP = Pattern.compile("heap\\s+total(?: reserved)? (\\d+)K, committed (\\d+)K, used (\\d+)K");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int lines = Integer.parseInt(Options.required(options, "lines"));
        String service = Options.required(options, "service-url");
        String emulator = Options.required(options, "emulator-url");
        long servicePid = Long.parseLong(Options.required(options, "service-pid"));
        long emulatorPid = Long.parseLong(options.getOrDefault("emulator-pid", "0"));
        int clkTck = Integer.parseInt(options.getOrDefault("clk-tck", "100"));
        String jcmd = options.getOrDefault("jcmd", Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        Path seriesDir = options.containsKey("series-dir") ? Path.of(options.get("series-dir")) : null;
        String token = Http.token(Options.required(options, "token-url"), Options.required(options, "scope"));

        String body = JSON.writeValueAsString(Map.of("lines", lines, "customerId", Options.required(options, "customer"),
                "currencyCode", options.getOrDefault("currency", "USD")));
        HttpResponse<String> created = Http.CLIENT.send(HttpRequest.newBuilder(Http.loopback(emulator + "/emulator/v1/billing/generated-invoices"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IOException("The emulator made no invoice: " + created.statusCode() + " " + created.body());
        }
        String invoiceId = JSON.readTree(created.body()).get("id").asText();

        for (String format : options.getOrDefault("formats", "json").split(",")) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", "reconciliation-" + format + "@" + lines);
            line.put("format", format);
            line.put("lines", lines);
            line.put("invoiceId", invoiceId);

            Map<String, Long> before = heapAfterGc(jcmd, servicePid);
            long rssBefore = statusKb(servicePid, "VmRSS");
            long emulatorRssBefore = emulatorPid > 0 ? statusKb(emulatorPid, "VmRSS") : 0;
            long cpuBefore = ticks(servicePid);
            long emulatorCpuBefore = emulatorPid > 0 ? ticks(emulatorPid) : 0;

            Sampler sampler = new Sampler(servicePid, emulatorPid);
            Thread sampling = Thread.ofPlatform().daemon().name("rss-sampler").start(sampler);
            HttpRequest request = HttpRequest.newBuilder(Http.loopback(service + "/v1/reconciliation/invoices/" + invoiceId))
                    .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + token)
                    .header("Accept", format.equals("csv") ? "text/csv" : "application/json").GET().build();
            long start = System.nanoTime();
            HttpResponse<InputStream> response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            long headers = System.nanoTime();
            Counted counted;
            String failure = null;
            try (CountingStream in = new CountingStream(response.body())) {
                if (response.statusCode() != 200) {
                    String text = new String(in.readNBytes(2000), StandardCharsets.UTF_8);
                    counted = new Counted(in.count, 0, false);
                    failure = response.statusCode() + " " + text;
                } else {
                    counted = format.equals("csv") ? countCsv(in) : countJson(in);
                }
            } catch (IOException broken) {
                counted = null;
                failure = "the body broke off: " + broken;
            }
            long end = System.nanoTime();
            sampler.stop();
            sampling.join();
            long cpuAfter = ticks(servicePid);
            long emulatorCpuAfter = emulatorPid > 0 ? ticks(emulatorPid) : 0;
            long rssAfter = statusKb(servicePid, "VmRSS");
            Map<String, Long> after = heapAfterGc(jcmd, servicePid);

            double wallS = (end - start) / 1e9;
            line.put("status", response.statusCode());
            line.put("complete", counted != null && counted.complete() && counted.lines() == lines);
            if (failure != null) {
                line.put("error", failure.length() > 300 ? failure.substring(0, 300) : failure);
            }
            line.put("linesReceived", counted == null ? null : counted.lines());
            line.put("bytes", counted == null ? null : counted.bytes());
            line.put("wallS", Samples.round(wallS));
            line.put("timeToHeadersMs", Samples.round((headers - start) / 1e6));
            line.put("linesPerS", counted == null ? null : Math.round(counted.lines() / wallS));
            line.put("mibPerS", counted == null ? null : Report.round2(counted.bytes() / 1048576.0 / wallS));
            line.put("serviceCpuS", Report.round2((cpuAfter - cpuBefore) / (double) clkTck));
            line.put("rssBeforeMiB", mib(rssBefore));
            line.put("rssPeakMiB", mib(Math.max(sampler.peak, Math.max(rssBefore, rssAfter))));
            line.put("rssAfterMiB", mib(rssAfter));
            line.put("rssPeakOverBeforeMiB", mib(Math.max(sampler.peak, Math.max(rssBefore, rssAfter)) - rssBefore));
            line.put("rssSamples", sampler.count);
            // the RSS a tenth of the way through the request, once the heap has grown to its working size: what it
            // does after that, while nine tenths of the lines go through, is what would grow with the lines
            if (sampler.series.size() >= 10) {
                line.put("rssAtTenthMiB", mib(sampler.series.get(sampler.series.size() / 10)[1]));
            }
            if (before != null && after != null) {
                line.put("heapUsedAfterGcBeforeMiB", mib(before.get("heapUsedKb")));
                line.put("heapUsedAfterGcAfterMiB", mib(after.get("heapUsedKb")));
                line.put("heapCommittedBeforeMiB", mib(before.get("heapCommittedKb")));
                line.put("heapCommittedAfterMiB", mib(after.get("heapCommittedKb")));
            } else {
                line.put("heap", "jcmd did not answer: no heap figures");
            }
            if (emulatorPid > 0) {
                line.put("emulatorRssBeforeMiB", mib(emulatorRssBefore));
                line.put("emulatorRssPeakMiB", mib(Math.max(sampler.emulatorPeak, emulatorRssBefore)));
                line.put("emulatorCpuS", Report.round2((emulatorCpuAfter - emulatorCpuBefore) / (double) clkTck));
            }
            if (seriesDir != null) {
                Files.createDirectories(seriesDir);
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(seriesDir.resolve("rss-" + format + "-" + lines + ".tsv")))) {
                    out.println("ms\tserviceRssKb\temulatorRssKb");
                    for (long[] sample : sampler.series) {
                        out.println(sample[0] + "\t" + sample[1] + "\t" + sample[2]);
                    }
                }
            }
            String json = JSON.writeValueAsString(line);
            System.out.println(json);
            Files.writeString(Path.of(Options.required(options, "out")), json + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    record Counted(long bytes, long lines, boolean complete) {
    }

    /** The objects of the top-level {@code lines} array, and whether the document ended as a whole. */
    static Counted countJson(CountingStream in) throws IOException {
        long count = 0;
        boolean complete = false;
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inRoot() && "lines".equals(parser.currentName())) {
                    if (parser.nextToken() == JsonToken.START_ARRAY) {
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            parser.skipChildren();
                            count++;
                        }
                    }
                } else if (token == JsonToken.END_OBJECT && parser.getParsingContext().inRoot()) {
                    complete = true;
                }
            }
        }
        return new Counted(in.count, count, complete);
    }

    /** The rows starting {@code line,}; complete when the body ends with a line break. */
    static Counted countCsv(CountingStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long lines = 0;
        int column = 0;
        boolean prefix = true;
        byte last = 0;
        byte[] wanted = "line,".getBytes(StandardCharsets.US_ASCII);
        int read;
        while ((read = in.read(buffer)) > 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    column = 0;
                    prefix = true;
                } else {
                    if (prefix && column < wanted.length) {
                        prefix = b == wanted[column];
                        if (prefix && column == wanted.length - 1) {
                            lines++;
                        }
                    }
                    column++;
                }
                last = b;
            }
        }
        return new Counted(in.count, lines, last == '\n');
    }

    /** jcmd GC.run, then GC.heap_info; null when jcmd does not answer. */
    static Map<String, Long> heapAfterGc(String jcmd, long pid) throws InterruptedException {
        if (run(List.of(jcmd, Long.toString(pid), "GC.run")) == null) {
            return null;
        }
        String info = run(List.of(jcmd, Long.toString(pid), "GC.heap_info"));
        if (info == null) {
            return null;
        }
        Matcher heap = HEAP.matcher(info);
        if (!heap.find()) {
            return null;
        }
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("heapCommittedKb", Long.parseLong(heap.group(2)));
        figures.put("heapUsedKb", Long.parseLong(heap.group(3)));
        return figures;
    }

    private static String run(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return output;
        } catch (IOException noJcmd) {
            return null;
        }
    }

    static long statusKb(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
        return 0;
    }

    /** utime + stime of a process, in clock ticks. */
    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static double mib(long kb) {
        return Report.round2(kb / 1024.0);
    }

    /** VmRSS of the service (and the emulator) every 100 ms until stopped; keeps the peak and the series. */
    static final class Sampler implements Runnable {

        private final long pid;
        private final long emulatorPid;
        private final long start = System.nanoTime();
        final List<long[]> series = new ArrayList<>();
        volatile long peak;
        volatile long emulatorPeak;
        volatile int count;
        private volatile boolean stopped;

        Sampler(long pid, long emulatorPid) {
            this.pid = pid;
            this.emulatorPid = emulatorPid;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            do {
                sample();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } while (!stopped);
            sample();
        }

        private void sample() {
            long rss = statusKb(pid, "VmRSS");
            long emulatorRss = emulatorPid > 0 ? statusKb(emulatorPid, "VmRSS") : 0;
            peak = Math.max(peak, rss);
            emulatorPeak = Math.max(emulatorPeak, emulatorRss);
            count++;
            // one sample every 100 ms: 36,000 an hour, small enough to keep
            series.add(new long[] {(System.nanoTime() - start) / 1_000_000, rss, emulatorRss});
        }
    }

    /** Counts the bytes read through it. */
    static final class CountingStream extends FilterInputStream {

        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

package org.partnercommerce.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak: no faults, purchase journeys arriving at a fixed rate (an open model, as the benchmarks' reference rate is
 * run) for the run's duration, spread over both instances; every 30 s each instance's resident memory, and its heap
 * after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}). What it reports: journeys started and
 * late (the pacer found every worker busy), and the slope of both memories over the run after its first two
 * minutes (MiB per minute, least squares).
 */
final class Soak {

    record Sample(long atMillis, String instance, double rssMiB, double heapAfterGcMiB) {
    }

    /** G1's line of {@code GC.heap_info}: "garbage-first heap   total reserved 524288K, committed 140288K, used 48214K [...". */
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total\\b[^\\n]*?\\bused\\s+(\\d+)K");
    private static final long SAMPLE_EVERY_MS = 30_000;
    private static final long WARM_UP_MS = 120_000;

    private final Settings settings;
    private final Clients clients;
    private final Services services;
    private final List<Sample> samples = new ArrayList<>();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong late = new AtomicLong();

    Soak(Settings settings, Clients clients, Services services) {
        this.settings = settings;
        this.clients = clients;
        this.services = services;
    }

    /** Journeys at {@code ratePerSecond} until {@code runEnd}; each given until {@code deadline} to end. */
    void run(double ratePerSecond, long runEnd, long deadline) throws InterruptedException {
        int workers = Math.max(16, (int) Math.ceil(ratePerSecond * 4));
        ExecutorService journeys = Executors.newFixedThreadPool(workers);
        AtomicInteger busy = new AtomicInteger();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        Random seeds = new Random(settings.seed);
        long periodMicros = (long) (1_000_000 / ratePerSecond);
        long begin = History.now();
        pacer.scheduleAtFixedRate(() -> {
            if (History.now() >= runEnd) {
                return;
            }
            long n = started.incrementAndGet();
            if (busy.get() >= workers) {
                late.incrementAndGet();
            }
            long seed = seeds.nextLong();
            busy.incrementAndGet();
            journeys.submit(() -> {
                try {
                    clients.journey("soak-j" + n, "soak", (int) (n % 2), new Random(seed), deadline);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    busy.decrementAndGet();
                }
            });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        long nextSample = begin;
        while (History.now() < runEnd) {
            if (History.now() >= nextSample) {
                sample(History.now() - begin);
                nextSample += SAMPLE_EVERY_MS;
            }
            Thread.sleep(Math.max(1, Math.min(1000, runEnd - History.now())));
        }
        sample(History.now() - begin);
        pacer.shutdownNow();
        journeys.shutdown();
        journeys.awaitTermination(deadline - History.now() + 10_000, TimeUnit.MILLISECONDS);
    }

    long started() {
        return started.get();
    }

    long late() {
        return late.get();
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /** MiB per minute over the samples after the warm-up, for one memory of one instance. */
    double slope(String instance, boolean heap) {
        List<Sample> kept = samples.stream().filter(s -> s.instance().equals(instance) && s.atMillis() >= WARM_UP_MS)
                .filter(s -> !heap || s.heapAfterGcMiB() >= 0).toList();
        if (kept.size() < 3) {
            return Double.NaN;
        }
        double n = kept.size();
        double meanX = kept.stream().mapToDouble(s -> s.atMillis() / 60_000.0).sum() / n;
        double meanY = kept.stream().mapToDouble(s -> heap ? s.heapAfterGcMiB() : s.rssMiB()).sum() / n;
        double covariance = 0;
        double variance = 0;
        for (Sample s : kept) {
            double x = s.atMillis() / 60_000.0 - meanX;
            covariance += x * ((heap ? s.heapAfterGcMiB() : s.rssMiB()) - meanY);
            variance += x * x;
        }
        return covariance / variance;
    }

    private void sample(long atMillis) {
        for (int instance = 0; instance < 2; instance++) {
            long pid = services.pid(instance);
            if (pid < 0) {
                continue;
            }
            Sample sample = new Sample(atMillis, services.name(instance), rssMiB(pid), heapAfterGcMiB(pid));
            samples.add(sample);
            Chaos.log(String.format("soak t=%ds instance %s: RSS %.1f MiB, heap after GC %.1f MiB, journeys %d (late %d)",
                    atMillis / 1000, sample.instance(), sample.rssMiB(), sample.heapAfterGcMiB(), started.get(), late.get()));
        }
    }

    private static double rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // the process ended
        }
        return -1;
    }

    /** The heap in use right after a full collection: what the service keeps. -1 when jcmd could not tell. */
    private double heapAfterGcMiB(long pid) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            run(jcmd, Long.toString(pid), "GC.run");
            Matcher used = HEAP_USED.matcher(run(jcmd, Long.toString(pid), "GC.heap_info"));
            return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        process.waitFor(30, TimeUnit.SECONDS);
        return output;
    }
}

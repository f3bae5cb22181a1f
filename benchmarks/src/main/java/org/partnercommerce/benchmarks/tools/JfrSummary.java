package org.partnercommerce.benchmarks.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the service's CPU went during a recording, from JFR's execution samples: the share of
 * samples spent in each layer (Hibernate, the PostgreSQL driver, Vert.x and Netty, JWT
 * verification, ...) counted two ways — inclusive (the layer is anywhere on the stack, so layers
 * overlap) and self (the layer whose code was running, JDK frames counted to the layer that called
 * them, so the shares add up to 100) — the share under each of our methods, and the garbage
 * collections. A flat profile shows as many layers with none dominant.
 *
 * <pre>
 * JfrSummary recording.jfr out.json
 * </pre>
 */
public final class JfrSummary {

    /** Layer name, then the class-name prefixes that belong to it. */
    private static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("ORM (Hibernate)", List.of("org.hibernate."));
        LAYERS.put("transactions (Narayana JTA)", List.of("com.arjuna.", "io.quarkus.narayana."));
        LAYERS.put("connection pool (Agroal)", List.of("io.agroal."));
        LAYERS.put("PostgreSQL driver", List.of("org.postgresql."));
        LAYERS.put("REST server (RESTEasy Reactive)", List.of("org.jboss.resteasy.reactive.server.", "io.quarkus.resteasy.reactive.server."));
        LAYERS.put("REST client to Partner Center", List.of("org.jboss.resteasy.reactive.client.", "io.quarkus.rest.client."));
        LAYERS.put("HTTP and I/O (Vert.x, Netty)", List.of("io.vertx.", "io.netty."));
        LAYERS.put("JSON (Jackson)", List.of("com.fasterxml.jackson."));
        LAYERS.put("caller's token verification (smallrye-jwt, jose4j)", List.of("io.smallrye.jwt.", "org.jose4j.", "io.quarkus.smallrye.jwt."));
        LAYERS.put("crypto (RSA)", List.of("java.math.BigInteger", "java.math.MutableBigInteger", "sun.security.rsa.", "sun.security.provider."));
        LAYERS.put("CDI (ArC)", List.of("io.quarkus.arc."));
        LAYERS.put("metrics (Micrometer)", List.of("io.micrometer."));
        LAYERS.put("logging", List.of("org.jboss.logmanager.", "org.jboss.logging."));
        LAYERS.put("our domain", List.of("org.partnercommerce.domain."));
        LAYERS.put("our application services", List.of("org.partnercommerce.application."));
        LAYERS.put("our persistence adapter", List.of("org.partnercommerce.adapter.out.persistence."));
        LAYERS.put("our Partner Center adapter", List.of("org.partnercommerce.adapter.out.partnercenter."));
        LAYERS.put("our REST adapter", List.of("org.partnercommerce.adapter.in.rest."));
    }

    public static void main(String[] args) throws Exception {
        Path recording = Path.of(args[0]);
        Map<String, Integer> layers = new LinkedHashMap<>();
        Map<String, Integer> selfLayers = new LinkedHashMap<>();
        Map<String, Integer> ours = new TreeMap<>();
        Map<String, Integer> threads = new TreeMap<>();
        int samples = 0;
        int gcs = 0;
        double gcPauseMs = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcs++;
                gcPauseMs += event.getDuration("sumOfPauses").toNanos() / 1e6;
            }
            if (!type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            String thread = event.getThread("sampledThread") == null ? "?" : event.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("[-0-9]+$", ""), 1, Integer::sum);
            Set<String> seenLayers = new HashSet<>();
            Set<String> seenOurs = new HashSet<>();
            String running = null;
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String className = frame.getMethod().getType().getName();
                for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
                    if (layer.getValue().stream().anyMatch(className::startsWith)) {
                        seenLayers.add(layer.getKey());
                    }
                }
                if (running == null) {
                    running = layerOf(className);
                }
                if (className.startsWith("org.partnercommerce.") && !className.contains("$$") && !className.contains("_ClientProxy")
                        && !className.contains("_Subclass") && !className.contains("quarkusrestinvoker")) {
                    seenOurs.add(className.substring("org.partnercommerce.".length()) + "." + frame.getMethod().getName());
                }
            }
            seenLayers.forEach(layer -> layers.merge(layer, 1, Integer::sum));
            selfLayers.merge(running == null ? "other" : running, 1, Integer::sum);
            seenOurs.forEach(method -> ours.merge(method, 1, Integer::sum));
        }
        final int total = Math.max(1, samples);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recording", recording.getFileName().toString());
        out.put("executionSamples", samples);
        out.put("garbageCollections", gcs);
        out.put("gcPausesMs", Math.round(gcPauseMs));
        out.put("threadsPct", percentages(threads, total, 6));
        out.put("layersInclusivePct", percentages(layers, total, 30));
        out.put("layersSelfPct", percentages(selfLayers, total, 30));
        out.put("ourMethodsInclusivePct", percentages(ours, total, 25));
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
        Files.writeString(Path.of(args[1]), json + "\n");
        System.out.println(json);
    }

    /**
     * The layer a frame's class belongs to; null for the JDK's own classes outside any layer (their
     * time is the caller's) and "other" for anything else.
     */
    private static String layerOf(String className) {
        for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
            if (layer.getValue().stream().anyMatch(className::startsWith)) {
                return layer.getKey();
            }
        }
        boolean jdk = className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
                || className.startsWith("sun.") || className.startsWith("com.sun.");
        return jdk ? null : "other";
    }

    private static Map<String, Double> percentages(Map<String, Integer> counts, int total, int limit) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return entries.stream().limit(limit).collect(Collectors.toMap(Map.Entry::getKey,
                entry -> Math.round(1000.0 * entry.getValue() / total) / 10.0, (a, b) -> a, LinkedHashMap::new));
    }
}

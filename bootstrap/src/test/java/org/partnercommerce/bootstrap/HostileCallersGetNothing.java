package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.bootstrap.ApiDescription.Operation;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * Hostile callers get nothing: every operation of the service's own OpenAPI description is sent
 * thousands of requests drawn from a seeded generator ({@link HostileRequests}) — forged, missing
 * and garbage tokens ({@link ForgedTokens}), a wrong-audience token, the reseller's and the reader's
 * real ones; ids foreign to the caller, unknown, not ids, overlong or traversals; query values and
 * body fields of the wrong JSON type; bodies over 1 MiB, nested deep, or not JSON — and every
 * answer is held to {@link HostileAnswers}: no 5xx but a passing 503, no 2xx for a forged token or
 * a foreign id, every refusal a problem+json of its own status, no internal names. Afterwards
 * nothing is stored and nothing is bought ({@link NoTrace}). The run is bounded: each request by
 * {@link #REQUEST_TIMEOUT}, the whole by {@link #WHOLE_RUN}; 10,500 requests took about 21 s on two
 * shared cores.
 *
 * <p>Malformed HTTP ({@link MalformedRequests}) is refused with a 4xx, or the connection is closed,
 * never left hanging. What reaches the router is a problem+json, a malformed URI ({@code %ZZ}) too.
 * Known gaps, answered with an EMPTY body because Vert.x's HTTP decoder refuses them before any
 * route and Quarkus 3.34 exposes no hook for its answer: a request line over 4096 bytes (414), a
 * header over the size limit (431), control characters or NUL in a header or the path, a space in a
 * header name, a method that is not a token, a Content-Length that is not a number (400); a chunk
 * size that is not hexadecimal closes the connection unanswered.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class HostileCallersGetNothing {

    private static final Logger LOG = Logger.getLogger(HostileCallersGetNothing.class);
    private static final long SEED = 14L;
    private static final int REQUESTS_PER_OPERATION = 700;
    private static final int CLIENTS = 4;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration WHOLE_RUN = Duration.ofMinutes(5);

    @TestHTTPResource("/")
    URL root;

    @Inject
    AgroalDataSource database;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void noHostileRequestIsServedBreaksTheServiceOrLeavesATrace() throws Exception {
        List<Operation> operations = ApiDescription.operations(get("/q/openapi?format=json"));
        assertThat(operations).as("the operations the API describes").hasSizeGreaterThanOrEqualTo(15);
        List<HostileRequest> requests = new HostileRequests(SEED, callers()).forEvery(operations, REQUESTS_PER_OPERATION);
        assertThat(requests).hasSizeGreaterThanOrEqualTo(10_000);
        NoTrace trace = NoTrace.before(database, emulator, Seed.WINGTIP_TOYS, Seed.NORTHWIND_TRADERS, Seed.FOURTH_COFFEE,
                Seed.TAILSPIN_TOYS, Seed.LITWARE, Seed.ALPINE_SKI_HOUSE, Seed.WIDE_WORLD_IMPORTERS);

        long started = System.nanoTime();
        Map<Integer, Integer> statuses = new ConcurrentSkipListMap<>();
        Queue<String> faults = send(requests, statuses);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.infof("%d hostile requests over %d operations answered in %s: %s", requests.size(), operations.size(), took, statuses);

        assertThat(faults).as("answers that break the rules, of %d", requests.size()).isEmpty();
        assertThat(statuses).as("the requests reached past authentication, routing and parsing into every kind of refusal")
                .containsKeys(200, 400, 401, 403, 404, 405, 413, 415);
        trace.assertNoneLeft();
    }

    @Test
    void malformedHttpIsRefusedWithA4xxAndTheConnectionClosed() throws IOException {
        for (MalformedRequests.Malformed malformed : MalformedRequests.all()) {
            malformed.assertRefused(RawHttp.exchange(root, malformed.request()));
        }
    }

    private Queue<String> send(List<HostileRequest> requests, Map<Integer, Integer> statuses) throws InterruptedException {
        Queue<String> faults = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build()) {
            for (HostileRequest request : requests) {
                clients.execute(() -> {
                    try {
                        HttpResponse<byte[]> answer = http.send(toHttp(request), HttpResponse.BodyHandlers.ofByteArray());
                        faults.addAll(HostileAnswers.faults(request, answer));
                        statuses.merge(answer.statusCode(), 1, Integer::sum);
                        answered.incrementAndGet();
                    } catch (IOException e) {
                        faults.add("no answer (" + e + "): " + request);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(WHOLE_RUN.toSeconds(), TimeUnit.SECONDS)).as("all answered within %s", WHOLE_RUN).isTrue();
        } finally {
            clients.shutdownNow();
        }
        assertThat(answered.get() + faults.stream().filter(fault -> fault.startsWith("no answer")).count())
                .as("requests sent").isEqualTo(requests.size());
        return faults;
    }

    private HttpRequest toHttp(HostileRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + request.uri()))
                .timeout(REQUEST_TIMEOUT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(http::header);
        return http.build();
    }

    /** Every forged kind once, the real callers as often together: half the requests get past authentication. */
    private List<HostileCaller> callers() {
        String reseller = Tokens.reseller();
        List<HostileCaller> callers = new ArrayList<>();
        callers.add(HostileCaller.forged("no token", null));
        ForgedTokens.garbage().forEach(garbage -> callers.add(HostileCaller.forged("a garbage token", garbage)));
        ForgedTokens.from(reseller).forEach((name, token) -> callers.add(HostileCaller.forged("a token " + name, token)));
        callers.add(HostileCaller.forged("a token for Partner Center rather than for us",
                Tokens.fetch("demo-reseller-5357564", "demo-reseller-secret", "https://api.partnercenter.microsoft.com/.default")));
        int forged = callers.size();
        String reader = Tokens.reader();
        for (int weight = 0; weight < forged / 2; weight++) {
            callers.add(HostileCaller.reseller(reseller));
            callers.add(HostileCaller.reader(reader));
        }
        return callers;
    }

    private String get(String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}

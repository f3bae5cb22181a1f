package org.partnercommerce.adapter.out.partnercenter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter.Answer.json;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercommerce.adapter.out.partnercenter.auth.AccessToken;
import org.partnercommerce.adapter.out.partnercenter.auth.TokenSource;
import org.partnercommerce.adapter.out.partnercenter.catalog.ProductDto;
import org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter.Answer;
import org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter.Received;
import org.partnercommerce.application.port.out.PartnerCenterException;

/**
 * The retry loop over real HTTP (the JDK's client and server), without Quarkus: what is retried,
 * how long it waits, when it gives up, which MS-RequestId it sends, what the circuit does. Waits
 * are recorded, not slept, on a clock the test moves.
 */
class ResilientCallerTest {

    private static final String PRODUCT = "{\"id\":\"CFQ7TTC0LH0Z\",\"title\":\"AI Builder Capacity add-on T1\"}";
    private static final String SERVICE_UNAVAILABLE = "{\"code\":800003,\"description\":\"Unexpected service error.\",\"data\":[],\"source\":\"PartnerFD\"}";

    private static ScriptedPartnerCenter partnerCenter;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-21T10:00:00Z"));
    private final InstantSource clock = now::get;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final ResilientCaller.Sleeper sleeper = wait -> {
        waits.add(wait);
        now.set(now.get().plus(wait));
    };
    private final CountingTokens tokens = new CountingTokens();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider tracing = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build();

    @BeforeAll
    static void startPartnerCenter() {
        partnerCenter = ScriptedPartnerCenter.start();
    }

    @AfterAll
    static void stopPartnerCenter() {
        partnerCenter.close();
    }

    private ResilientCaller caller(int maxAttempts, CircuitBreakers breakers) {
        return caller(maxAttempts, breakers, tokens);
    }

    private ResilientCaller caller(int maxAttempts, CircuitBreakers breakers, TokenSource tokenSource) {
        RetryPolicy policy = new RetryPolicy(maxAttempts, Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(2),
                maxNanos -> maxNanos);
        return new ResilientCaller(policy, breakers, tokenSource, clock, sleeper);
    }

    private ResilientCaller caller() {
        return caller(4, new CircuitBreakers(100, Duration.ofSeconds(30), clock));
    }

    private ProductDto readProduct(ResilientCaller caller, URI base, Duration readTimeout) {
        return caller.call("GET product", "7c1a3c5e-1111-4a5b-9c3d-000000000001", new ServedRequest("0f0e0d0c-2222-4a5b-9c3d-000000000002", "en-US"),
                headers -> get(base.resolve("/v1/products/CFQ7TTC0LH0Z?country=US"), headers, readTimeout));
    }

    private ProductDto readProduct(ResilientCaller caller) {
        return readProduct(caller, partnerCenter.baseUri(), Duration.ofSeconds(5));
    }

    /** What an exchange does: send the headers; an error answer becomes a PartnerCenterHttpFailure; I/O failures stay I/O failures. */
    private ProductDto get(URI uri, RequestHeaders headers, Duration readTimeout) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .header("Authorization", headers.getAuthorization())
                .header("MS-RequestId", headers.getRequestId())
                .header("MS-CorrelationId", headers.getCorrelationId())
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw PartnerCenterErrors.fromAnswer(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                        response.body(), now.get());
            }
            return PartnerCenterJson.MAPPER.readValue(response.body(), ProductDto.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aServerErrorIsRetriedWithTheSameRequestIdUntilPartnerCenterAnswers() {
        partnerCenter.script(json(503, SERVICE_UNAVAILABLE), json(503, SERVICE_UNAVAILABLE), json(200, PRODUCT));

        ProductDto product = readProduct(caller());

        assertThat(product.id()).isEqualTo("CFQ7TTC0LH0Z");
        List<Received> received = partnerCenter.received();
        assertThat(received).hasSize(3);
        assertThat(received).extracting(Received::requestId).containsOnly("7c1a3c5e-1111-4a5b-9c3d-000000000001");
        assertThat(received).extracting(Received::correlationId).containsOnly("0f0e0d0c-2222-4a5b-9c3d-000000000002");
        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503, 504})
    void requestTimeoutThrottlingAndServerErrorsAreRetried(int status) {
        partnerCenter.script(json(status, SERVICE_UNAVAILABLE), json(200, PRODUCT));

        assertThat(readProduct(caller()).id()).isEqualTo("CFQ7TTC0LH0Z");
        assertThat(partnerCenter.received()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 404, 409})
    void otherClientErrorsAreNotRetried(int status) {
        partnerCenter.script(json(status, "{\"code\":400013,\"description\":\"Product not found\",\"data\":[],\"source\":\"PartnerFD\"}"),
                json(200, PRODUCT));

        assertThatThrownBy(() -> readProduct(caller()))
                .isInstanceOf(PartnerCenterException.class)
                .satisfies(e -> assertThat(((PartnerCenterException) e).code()).isEqualTo("400013"));
        assertThat(partnerCenter.received()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void throttlingIsRetriedAfterTheSecondsRetryAfterAsks() {
        partnerCenter.script(json(429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 3 seconds.\"}")
                .withHeader("Retry-After", "3"), json(200, PRODUCT));

        readProduct(caller());

        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        assertThat(partnerCenter.received()).hasSize(2)
                .extracting(Received::requestId).containsOnly("7c1a3c5e-1111-4a5b-9c3d-000000000001");
    }

    @Test
    void aRetryAfterGivenAsAnHttpDateIsHonoured() {
        String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.get().plusSeconds(5).atOffset(ZoneOffset.UTC));
        partnerCenter.script(json(503, SERVICE_UNAVAILABLE).withHeader("Retry-After", inFiveSeconds), json(200, PRODUCT));

        readProduct(caller());

        assertThat(waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void retriesStopAtTheMaximumNumberOfAttemptsWithPartnerCentersLastAnswer() {
        partnerCenter.script().otherwise(json(503, SERVICE_UNAVAILABLE));
        try {
            assertThatThrownBy(() -> readProduct(caller()))
                    .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class, unavailable -> {
                        assertThat(unavailable.code()).isEqualTo("800003");
                        assertThat(unavailable.description()).isEqualTo("Unexpected service error.");
                    });
            assertThat(partnerCenter.received()).hasSize(4);
            assertThat(waits).hasSize(3);
        } finally {
            partnerCenter.otherwise(json(200, "{}"));
        }
    }

    @Test
    void aRetryAfterBeyondTheTotalTimeEndsTheCallAtOnceSayingWhenToComeBack() {
        partnerCenter.script(json(429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 57 seconds.\"}")
                .withHeader("Retry-After", "57"), json(200, PRODUCT));

        assertThatThrownBy(() -> readProduct(caller()))
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class, unavailable ->
                        assertThat(unavailable.retryAfter()).contains(Duration.ofSeconds(57)));
        assertThat(partnerCenter.received()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aReadTimeoutIsRetriedWithTheSameRequestId() {
        partnerCenter.script(json(200, PRODUCT).after(Duration.ofSeconds(2)), json(200, PRODUCT));

        ProductDto product = readProduct(caller(), partnerCenter.baseUri(), Duration.ofMillis(300));

        assertThat(product.id()).isEqualTo("CFQ7TTC0LH0Z");
        List<Received> received = partnerCenter.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).requestId()).isEqualTo(received.get(0).requestId());
    }

    @Test
    void aConnectionClosedUnderTheRequestIsRetriedWithTheSameRequestIdAndEndsUnavailable() {
        List<String> requestIds = new ArrayList<>();

        assertThatThrownBy(() -> caller().call("POST checkout", "7c1a3c5e-1111-4a5b-9c3d-000000000003", new ServedRequest("corr", "en-US"), headers -> {
            requestIds.add(headers.getRequestId());
            throw new HttpClosedException("Connection was closed");
        }))
                .isInstanceOf(PartnerCenterException.Unavailable.class)
                .hasMessageContaining("HttpClosedException");
        assertThat(requestIds).hasSize(4).containsOnly("7c1a3c5e-1111-4a5b-9c3d-000000000003");
    }

    @Test
    void aPartnerCenterThatCannotBeReachedIsUnavailableAfterTheRetries() throws IOException {
        URI nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        URI base = nobodyListens;

        assertThatThrownBy(() -> readProduct(caller(), base, Duration.ofSeconds(1)))
                .isInstanceOf(PartnerCenterException.Unavailable.class)
                .hasMessageContaining("could not be reached");
        assertThat(waits).hasSize(3);
    }

    @Test
    void aTokenPartnerCenterRefusesIsReplacedOnceAndTheCallRepeated() {
        partnerCenter.script(json(401, "{\"code\":400,\"description\":\"Access denied\",\"data\":[],\"source\":\"PartnerFD\"}"),
                json(200, PRODUCT));

        readProduct(caller());

        List<Received> received = partnerCenter.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(0).authorization()).isEqualTo("Bearer token-1");
        assertThat(received.get(1).authorization()).isEqualTo("Bearer token-2");
        assertThat(received.get(1).requestId()).isEqualTo(received.get(0).requestId());
        assertThat(tokens.invalidated).containsExactly("token-1");
        assertThat(waits).isEmpty();
    }

    @Test
    void aSecondRefusalIsABadGatewayNotALoop() {
        String accessDenied = "{\"code\":400,\"description\":\"Access denied\",\"data\":[],\"source\":\"PartnerFD\"}";
        partnerCenter.script(json(401, accessDenied), json(401, accessDenied), json(200, PRODUCT));

        assertThatThrownBy(() -> readProduct(caller()))
                .isInstanceOf(PartnerCenterException.BadGateway.class)
                .hasMessageContaining("refused this service's credentials");
        assertThat(partnerCenter.received()).hasSize(2);
    }

    @Test
    void aTokenEndpointThatIsDownIsRetriedThenUnavailableWithoutCallingPartnerCenterOrOpeningTheCircuit() {
        CircuitBreakers breakers = new CircuitBreakers(1, Duration.ofSeconds(30), clock);
        TokenSource down = new FailingTokens(new PartnerCenterException.Unavailable(null, "The token endpoint could not be reached.", null));
        ResilientCaller caller = caller(4, breakers, down);
        partnerCenter.script();

        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.Unavailable.class)
                .hasMessageContaining("token endpoint");
        assertThat(waits).hasSize(3);
        assertThat(partnerCenter.received()).isEmpty();
        assertThat(breakers.of("GET product").tryAcquire()).as("the circuit is about Partner Center, not its token endpoint").isTrue();
    }

    @Test
    void credentialsTheTokenEndpointRefusesAreABadGatewayAtOnce() {
        TokenSource refusing = new FailingTokens(new PartnerCenterException.BadGateway("invalid_client", "The token endpoint refused ..."));
        ResilientCaller caller = caller(4, new CircuitBreakers(1, Duration.ofSeconds(30), clock), refusing);
        partnerCenter.script();

        assertThatThrownBy(() -> readProduct(caller)).isInstanceOfSatisfying(PartnerCenterException.BadGateway.class,
                refused -> assertThat(refused.code()).isEqualTo("invalid_client"));
        assertThat(waits).isEmpty();
        assertThat(partnerCenter.received()).isEmpty();
    }

    @Test
    void aSuccessfulAnswerThatCannotBeReadIsABadGatewayAndNotRetried() {
        partnerCenter.script(json(200, "<html>maintenance</html>"), json(200, PRODUCT));

        assertThatThrownBy(() -> readProduct(caller())).isInstanceOf(PartnerCenterException.BadGateway.class);
        assertThat(partnerCenter.received()).hasSize(1);
    }

    @Test
    void anOpenCircuitAnswersUnavailableAtOnceWithoutCallingPartnerCenter() {
        ResilientCaller caller = caller(2, new CircuitBreakers(3, Duration.ofSeconds(30), clock));
        partnerCenter.script(json(503, SERVICE_UNAVAILABLE), json(503, SERVICE_UNAVAILABLE), json(503, SERVICE_UNAVAILABLE),
                json(200, PRODUCT));

        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.Unavailable.class);
        assertThatThrownBy(() -> readProduct(caller))
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class, unavailable ->
                        assertThat(unavailable.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()));
        assertThatThrownBy(() -> readProduct(caller))
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class, unavailable ->
                        assertThat(unavailable.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()));

        assertThat(partnerCenter.received()).hasSize(3);
    }

    @Test
    void anOpenCircuitPausesOnlyTheOperationThatFailed() {
        ResilientCaller caller = caller(1, new CircuitBreakers(2, Duration.ofSeconds(30), clock));
        partnerCenter.script(json(503, SERVICE_UNAVAILABLE), json(503, SERVICE_UNAVAILABLE), json(200, PRODUCT));
        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.Unavailable.class);
        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.Unavailable.class);
        assertThatThrownBy(() -> readProduct(caller)).as("the failing operation is paused")
                .isInstanceOf(PartnerCenterException.Unavailable.class).hasMessageContaining("paused");

        ProductDto other = caller.call("GET another product", "7c1a3c5e-1111-4a5b-9c3d-000000000004", new ServedRequest("corr", "en-US"),
                headers -> get(partnerCenter.baseUri().resolve("/v1/products/CFQ7TTC0LH0Z?country=US"), headers, Duration.ofSeconds(5)));

        assertThat(other.id()).as("another operation still reaches Partner Center").isEqualTo("CFQ7TTC0LH0Z");
        assertThat(partnerCenter.received()).hasSize(3);
    }

    @Test
    void afterTheOpenDurationATrialCallGoesThroughAndClosesTheCircuit() {
        ResilientCaller caller = caller(2, new CircuitBreakers(2, Duration.ofSeconds(30), clock));
        partnerCenter.script(json(503, SERVICE_UNAVAILABLE), json(503, SERVICE_UNAVAILABLE), json(200, PRODUCT), json(200, PRODUCT));
        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.Unavailable.class);
        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.Unavailable.class);

        now.set(now.get().plusSeconds(30));

        assertThat(readProduct(caller).id()).isEqualTo("CFQ7TTC0LH0Z");
        assertThat(readProduct(caller).id()).isEqualTo("CFQ7TTC0LH0Z");
        assertThat(partnerCenter.received()).hasSize(4);
    }

    @Test
    void clientErrorsDoNotOpenTheCircuit() {
        ResilientCaller caller = caller(1, new CircuitBreakers(2, Duration.ofSeconds(30), clock));
        String notFound = "{\"code\":400013,\"description\":\"Product not found\",\"data\":[],\"source\":\"PartnerFD\"}";
        partnerCenter.script(json(404, notFound), json(404, notFound), json(404, notFound), json(200, PRODUCT));

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.NotFound.class);
        }
        assertThat(readProduct(caller).id()).isEqualTo("CFQ7TTC0LH0Z");
    }

    /** Hands out token-1, token-2, ...; a new one only after the current one was invalidated. */
    @Test
    void everyAttemptIsCountedByOperationAndStatusAndThrottlingWithTheRetryAfterHonoured() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ResilientCaller caller = new ResilientCaller(new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofMillis(200),
                Duration.ofSeconds(2), maxNanos -> maxNanos), new CircuitBreakers(100, Duration.ofSeconds(30), clock), tokens, clock,
                sleeper, new PartnerCenterMetrics(registry));
        partnerCenter.script(json(429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 3 seconds.\"}")
                .withHeader("Retry-After", "3"), json(503, SERVICE_UNAVAILABLE), json(200, PRODUCT));

        readProduct(caller);

        assertThat(calls(registry, "429")).isEqualTo(1);
        assertThat(calls(registry, "503")).isEqualTo(1);
        assertThat(calls(registry, "2xx")).isEqualTo(1);
        assertThat(registry.get(PartnerCenterMetrics.THROTTLED).tag("operation", "GET product").counter().count()).isEqualTo(1);
        assertThat(registry.get(PartnerCenterMetrics.RETRY_AFTER).summary().count()).isEqualTo(1);
        assertThat(registry.get(PartnerCenterMetrics.RETRY_AFTER).summary().totalAmount()).isEqualTo(3.0);
        assertThat(registry.get(PartnerCenterMetrics.CIRCUIT_OPEN).tag("operation", "GET product").gauge().value()).isZero();
    }

    @Test
    void anAttemptThatTimesOutIsCountedAsATimeout() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ResilientCaller caller = new ResilientCaller(new RetryPolicy(4, Duration.ofSeconds(10), Duration.ofMillis(200),
                Duration.ofSeconds(2), maxNanos -> maxNanos), new CircuitBreakers(100, Duration.ofSeconds(30), clock), tokens, clock,
                sleeper, new PartnerCenterMetrics(registry));
        partnerCenter.script(json(200, PRODUCT).after(Duration.ofSeconds(2)), json(200, PRODUCT));

        readProduct(caller, partnerCenter.baseUri(), Duration.ofMillis(300));

        assertThat(calls(registry, "timeout")).isEqualTo(1);
        assertThat(calls(registry, "2xx")).isEqualTo(1);
    }

    @Test
    void anOpenCircuitShowsAsOneUntilItLetsAttemptsPassAgain() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ResilientCaller caller = new ResilientCaller(new RetryPolicy(1, Duration.ofSeconds(10), Duration.ofMillis(200),
                Duration.ofSeconds(2), maxNanos -> maxNanos), new CircuitBreakers(1, Duration.ofSeconds(30), clock), tokens, clock,
                sleeper, new PartnerCenterMetrics(registry));
        partnerCenter.script(json(503, SERVICE_UNAVAILABLE));

        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.Unavailable.class);

        assertThat(registry.get(PartnerCenterMetrics.CIRCUIT_OPEN).tag("operation", "GET product").gauge().value()).isEqualTo(1);
        now.set(now.get().plusSeconds(30));
        assertThat(registry.get(PartnerCenterMetrics.CIRCUIT_OPEN).tag("operation", "GET product").gauge().value()).isZero();
    }

    @Test
    void aCallIsOneSpanWithItsRequestIdItsRetriesAndTheLastOutcomeAroundItsAttempts() {
        ResilientCaller caller = tracedCaller(4, 100);
        partnerCenter.script(json(429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 3 seconds.\"}")
                .withHeader("Retry-After", "3"), json(503, SERVICE_UNAVAILABLE), json(200, PRODUCT));
        List<SpanContext> currentDuringAttempts = new CopyOnWriteArrayList<>();
        Span request = tracing.get("test").spanBuilder("the request being served").startSpan();

        try (Scope served = request.makeCurrent()) {
            caller.call("GET product", "7c1a3c5e-1111-4a5b-9c3d-000000000001", new ServedRequest("corr", "en-US"), headers -> {
                currentDuringAttempts.add(Span.current().getSpanContext());
                return get(partnerCenter.baseUri().resolve("/v1/products/CFQ7TTC0LH0Z?country=US"), headers, Duration.ofSeconds(5));
            });
        } finally {
            request.end();
        }

        assertThat(exported.getFinishedSpanItems()).extracting(SpanData::getName)
                .containsExactlyInAnyOrder("Partner Center GET product", "the request being served");
        SpanData call = exported.getFinishedSpanItems().stream().filter(span -> span.getName().equals("Partner Center GET product"))
                .findFirst().orElseThrow();
        assertThat(call.getParentSpanId()).as("a child of the request being served").isEqualTo(request.getSpanContext().getSpanId());
        assertThat(call.getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(call.getAttributes().get(PartnerCenterSpans.OPERATION)).isEqualTo("GET product");
        assertThat(call.getAttributes().get(PartnerCenterSpans.REQUEST_ID)).isEqualTo("7c1a3c5e-1111-4a5b-9c3d-000000000001");
        assertThat(call.getAttributes().get(PartnerCenterSpans.RETRIES)).isEqualTo(2L);
        assertThat(call.getAttributes().get(PartnerCenterSpans.STATUS)).isEqualTo("2xx");
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(call.getEvents()).extracting(EventData::getName).containsExactly(PartnerCenterSpans.RETRY_EVENT, PartnerCenterSpans.RETRY_EVENT);
        assertThat(call.getEvents()).extracting(event -> Duration.ofMillis(event.getAttributes().get(PartnerCenterSpans.RETRY_WAIT_MS)))
                .as("the waits the caller slept").containsExactlyElementsOf(waits);
        assertThat(waits).hasSize(2);
        assertThat(currentDuringAttempts).as("the call's span is current while each attempt runs, so the HTTP client's spans are its children")
                .hasSize(3).containsOnly(call.getSpanContext());
        assertThat(partnerCenter.received()).hasSize(3);
    }

    @Test
    void aCallPartnerCenterRefusesEndsItsSpanInErrorWithTheAnswersStatus() {
        ResilientCaller caller = tracedCaller(4, 100);
        partnerCenter.script(json(404, "{\"code\":400013,\"description\":\"Product not found\",\"data\":[],\"source\":\"PartnerFD\"}"));

        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.NotFound.class);

        assertThat(exported.getFinishedSpanItems()).singleElement().satisfies(call -> {
            assertThat(call.getParentSpanContext().isValid()).as("no request was being served: a trace of its own").isFalse();
            assertThat(call.getAttributes().get(PartnerCenterSpans.STATUS)).isEqualTo("404");
            assertThat(call.getAttributes().get(PartnerCenterSpans.RETRIES)).isZero();
            assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(call.getEvents()).extracting(EventData::getName).containsExactly("exception");
        });
    }

    @Test
    void aCallTheOpenCircuitHoldsBackIsASpanThatSentNothing() {
        ResilientCaller caller = tracedCaller(1, 1);
        partnerCenter.script(json(503, SERVICE_UNAVAILABLE));
        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.Unavailable.class);
        exported.reset();

        assertThatThrownBy(() -> readProduct(caller)).isInstanceOf(PartnerCenterException.Unavailable.class);

        assertThat(partnerCenter.received()).hasSize(1);
        assertThat(exported.getFinishedSpanItems()).singleElement().satisfies(call -> {
            assertThat(call.getAttributes().get(PartnerCenterSpans.STATUS)).isEqualTo("circuit_open");
            assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        });
    }

    /** A caller whose spans end in {@link #exported}. */
    private ResilientCaller tracedCaller(int maxAttempts, int circuitFailureThreshold) {
        return new ResilientCaller(new RetryPolicy(maxAttempts, Duration.ofSeconds(10), Duration.ofMillis(200), Duration.ofSeconds(2),
                maxNanos -> maxNanos), new CircuitBreakers(circuitFailureThreshold, Duration.ofSeconds(30), clock), tokens, clock, sleeper,
                PartnerCenterMetrics.unrecorded(), new PartnerCenterSpans(tracing.get("test")));
    }

    private static double calls(SimpleMeterRegistry registry, String status) {
        return registry.get(PartnerCenterMetrics.CALLS).tag("operation", "GET product").tag("status", status).counter().count();
    }

    /** A token source whose token endpoint always fails so. */
    private record FailingTokens(PartnerCenterException failure) implements TokenSource {

        @Override
        public AccessToken token() {
            throw failure;
        }

        @Override
        public void invalidate(AccessToken rejected) {
        }
    }

    private static final class CountingTokens implements TokenSource {

        private final AtomicInteger issued = new AtomicInteger();
        private final List<String> invalidated = new CopyOnWriteArrayList<>();
        private volatile AccessToken current;

        @Override
        public synchronized AccessToken token() {
            if (current == null) {
                current = new AccessToken("token-" + issued.incrementAndGet(), Instant.parse("2100-01-01T00:00:00Z"));
            }
            return current;
        }

        @Override
        public synchronized void invalidate(AccessToken rejected) {
            invalidated.add(rejected.value());
            if (rejected.equals(current)) {
                current = null;
            }
        }
    }
}

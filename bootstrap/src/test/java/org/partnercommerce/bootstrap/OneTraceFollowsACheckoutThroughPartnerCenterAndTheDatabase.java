package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterSpans;
import org.partnercommerce.adapter.out.partnercenter.http.ResilientCaller;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * A checkout is one trace, read from the spans the service ends ({@link SpansInMemory}): the
 * request (the root, or a child of the caller's {@code traceparent}), inside it the Partner Center
 * call with the {@code MS-RequestId} Partner Center saw (the emulator's journal says which), the
 * REST client's HTTP attempt inside that with Partner Center's status, and the SQL of the request.
 * A retried call counts its retry, and the log line that tells of it carries the trace and span ids
 * beside the correlation id, in the text format and in the JSON of production alike.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class OneTraceFollowsACheckoutThroughPartnerCenterAndTheDatabase {

    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final String CHECKOUT = "/v1/customers/{c}/carts/{id}/checkout";
    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<Long> HTTP_STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> DB_TABLE = AttributeKey.stringKey("db.sql.table");
    private static final AttributeKey<String> DB_OPERATION = AttributeKey.stringKey("db.operation");

    @Inject
    InMemorySpanExporter exported;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();
    private final String token = Tokens.partner();

    @Test
    void aCheckoutIsOneTraceFromTheRequestThroughItsPartnerCenterCallToItsSql() {
        String cartId = ApiCalls.createdCart(token, Seed.TAILSPIN_TOYS, Seed.twoGroupCart(1));

        ApiCalls.orderedCart(token, Seed.TAILSPIN_TOYS, cartId);

        Trace trace = traceOfCheckout(cartId);
        assertThat(trace.request().getParentSpanContext().isValid()).as("a request without traceparent starts a trace").isFalse();
        assertThat(trace.spans()).as("every span of the trace descends from the request")
                .allSatisfy(span -> assertThat(trace.descendsFromRequest(span)).as(span.getName()).isTrue());

        SpanData call = trace.partnerCenterCall("POST checkout");
        assertThat(emulator.purchasesOf(cartId)).as("the orders Partner Center placed, with the MS-RequestId it saw").hasSize(2)
                .extracting(EmulatorControl.Purchase::requestId).containsOnly(call.getAttributes().get(PartnerCenterSpans.REQUEST_ID));
        assertThat(call.getAttributes().get(PartnerCenterSpans.RETRIES)).isZero();
        assertThat(call.getAttributes().get(PartnerCenterSpans.STATUS)).isEqualTo("2xx");
        assertThat(trace.attemptsOf(call)).as("the HTTP attempt, a child of the call").singleElement().satisfies(attempt -> {
            assertThat(attempt.getAttributes().get(HTTP_STATUS)).isEqualTo(201L);
            assertThat(attempt.getAttributes().get(URL_FULL)).endsWith("/carts/" + cartId + "/checkout");
        });
        assertThat(trace.spans()).as("the SQL that marks the cart, in the request's trace")
                .anySatisfy(sql -> {
                    assertThat(sql.getKind()).isEqualTo(SpanKind.CLIENT);
                    assertThat(sql.getAttributes().get(DB_TABLE)).isEqualTo("carts");
                    assertThat(sql.getAttributes().get(DB_OPERATION)).isEqualTo("UPDATE");
                });
    }

    @Test
    void aCallersTraceparentMakesOurSpansChildrenOfItsTrace() {
        String cartId = ApiCalls.createdCart(token, Seed.TAILSPIN_TOYS, Seed.twoGroupCart(1));
        String callersTrace = randomHex(16);
        String callersSpan = randomHex(8);

        Response checkout = given().auth().oauth2(token).header("traceparent", "00-" + callersTrace + "-" + callersSpan + "-01")
                .post(CHECKOUT, Seed.TAILSPIN_TOYS, cartId);

        assertThat(checkout.statusCode()).as("the checkout answered %s", checkout.asString()).isEqualTo(201);
        Trace trace = traceOfCheckout(cartId);
        assertThat(trace.request().getTraceId()).isEqualTo(callersTrace);
        assertThat(trace.request().getParentSpanId()).as("the request is a child of the caller's span").isEqualTo(callersSpan);
        assertThat(trace.request().getParentSpanContext().isRemote()).isTrue();
        SpanData call = trace.partnerCenterCall("POST checkout");
        assertThat(call.getTraceId()).isEqualTo(callersTrace);
        assertThat(trace.attemptsOf(call)).singleElement().satisfies(attempt -> {
            assertThat(attempt.getTraceId()).as("the trace Partner Center is sent (traceparent)").isEqualTo(callersTrace);
            assertThat(attempt.getKind()).isEqualTo(SpanKind.CLIENT);
        });
    }

    @Test
    void aRetriedCallCountsItsRetryAndItsLogLineCarriesTheTraceBesideTheCorrelationId() {
        String cartId = ApiCalls.createdCart(token, Seed.TAILSPIN_TOYS, Seed.twoGroupCart(1));
        String correlationId = UUID.randomUUID().toString();
        emulator.arm(Map.of("method", "POST", "path", EmulatorControl.CHECKOUT, "kind", "status", "status", 503, "count", 1));
        List<ExtLogRecord> logged = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger(ResilientCaller.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord extended && record.getLevel().intValue() >= Level.INFO.intValue()) {
                    extended.copyAll();
                    logged.add(extended);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        Response checkout;
        try {
            checkout = given().auth().oauth2(token).header("MS-CorrelationId", correlationId).post(CHECKOUT, Seed.TAILSPIN_TOYS, cartId);
        } finally {
            log.removeHandler(handler);
            emulator.disarmAll();
        }

        assertThat(checkout.statusCode()).as("the checkout answered %s", checkout.asString()).isEqualTo(201);
        Trace trace = traceOfCheckout(cartId);
        SpanData call = trace.partnerCenterCall("POST checkout");
        assertThat(call.getAttributes().get(PartnerCenterSpans.RETRIES)).isEqualTo(1L);
        assertThat(call.getAttributes().get(PartnerCenterSpans.STATUS)).isEqualTo("2xx");
        assertThat(trace.attemptsOf(call)).extracting(attempt -> attempt.getAttributes().get(HTTP_STATUS)).containsExactly(503L, 201L);

        ExtLogRecord retry = logged.stream()
                .filter(record -> correlationId.equals(record.getMdc("correlationId")) && record.getFormattedMessage().contains("attempt 2"))
                .findFirst().orElseThrow(() -> new AssertionError("no line of the retry with the request's correlation id among "
                        + logged.stream().map(ExtLogRecord::getFormattedMessage).toList()));
        assertThat(retry.getMdc("traceId")).isEqualTo(call.getTraceId());
        assertThat(retry.getMdc("spanId")).as("the Partner Center call's span").isEqualTo(call.getSpanId());
        String text = new PatternFormatter(ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class)).format(retry);
        assertThat(text).contains("[" + correlationId + "] [" + call.getTraceId() + "," + call.getSpanId() + "]");
        JsonNode json = json(new JsonFormatter().format(retry));
        assertThat(json.path("mdc").path("correlationId").asText()).isEqualTo(correlationId);
        assertThat(json.path("mdc").path("traceId").asText()).isEqualTo(call.getTraceId());
        assertThat(json.path("mdc").path("spanId").asText()).isEqualTo(call.getSpanId());
    }

    /** The trace of the cart's checkout request, once its server span has ended (it ends after all of its own). */
    private Trace traceOfCheckout(String cartId) {
        String path = "/v1/customers/" + Seed.TAILSPIN_TOYS + "/carts/" + cartId + "/checkout";
        SpanData request = Polling.until("the span of " + path, DEADLINE,
                () -> exported.getFinishedSpanItems().stream()
                        .filter(span -> span.getKind() == SpanKind.SERVER && path.equals(span.getAttributes().get(URL_PATH)))
                        .findFirst(),
                Optional::isPresent).orElseThrow();
        List<SpanData> spans = exported.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(request.getTraceId())).toList();
        return new Trace(request, spans);
    }

    private record Trace(SpanData request, List<SpanData> spans) {

        private Map<String, SpanData> byId() {
            return spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
        }

        boolean descendsFromRequest(SpanData span) {
            Map<String, SpanData> byId = byId();
            for (SpanData at = span; at != null; at = byId.get(at.getParentSpanId())) {
                if (at.getSpanId().equals(request.getSpanId())) {
                    return true;
                }
            }
            return false;
        }

        /** The one span of this Partner Center operation in the trace. */
        SpanData partnerCenterCall(String operation) {
            List<SpanData> calls = spans.stream().filter(span -> operation.equals(span.getAttributes().get(PartnerCenterSpans.OPERATION))).toList();
            assertThat(calls).as("spans of Partner Center %s among %s", operation, spans.stream().map(SpanData::getName).toList()).hasSize(1);
            assertThat(descendsFromRequest(calls.getFirst())).as("the call is inside the request").isTrue();
            return calls.getFirst();
        }

        /** The HTTP attempts of the call, the REST client's spans, in the order they started. */
        List<SpanData> attemptsOf(SpanData call) {
            return spans.stream().filter(span -> span.getParentSpanId().equals(call.getSpanId()) && span.getKind() == SpanKind.CLIENT)
                    .sorted(java.util.Comparator.comparingLong(SpanData::getStartEpochNanos)).toList();
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (java.io.IOException unreadable) {
            throw new AssertionError("not JSON: " + line, unreadable);
        }
    }
}

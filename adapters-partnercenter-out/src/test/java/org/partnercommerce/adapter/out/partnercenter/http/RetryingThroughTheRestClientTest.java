package org.partnercommerce.adapter.out.partnercenter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter.Answer.json;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.RestPartnerCenterCatalog;
import org.partnercommerce.adapter.out.partnercenter.catalog.PartnerCenterCatalogClient;
import org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter.Received;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.shared.Country;

/**
 * The wired adapter (REST client, exception mapper, retry loop) against a scripted Partner Center
 * on real HTTP: until the emulator can inject faults, this is how 5xx, 429, timeouts and
 * unreadable answers reach the real client.
 */
@QuarkusTest
@TestProfile(RetryingThroughTheRestClientTest.AgainstAScriptedPartnerCenter.class)
class RetryingThroughTheRestClientTest {

    public static class AgainstAScriptedPartnerCenter implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ScriptedPartnerCenterResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "partnercommerce.partner-center.read-timeout", "700ms",
                    "partnercommerce.partner-center.retry.max-attempts", "3",
                    "partnercommerce.partner-center.retry.max-duration", "4s",
                    "partnercommerce.partner-center.circuit-breaker.failure-threshold", "1000");
        }
    }

    private static final String PRODUCT = "{\"id\":\"CFQ7TTC0LH0Z\",\"title\":\"AI Builder Capacity add-on T1\","
            + "\"productType\":{\"id\":\"OnlineServices\",\"displayName\":\"OnlineServices\"},\"isMicrosoftProduct\":true}";
    private static final String UNEXPECTED = "{\"code\":800003,\"description\":\"Unexpected service error.\",\"data\":[],\"source\":\"PartnerFD\"}";
    private static final Country US = Country.of("US");
    private static final ProductId PRODUCT_ID = ProductId.of("CFQ7TTC0LH0Z");

    @Inject
    PartnerCenterCatalog catalog;

    @Inject
    PartnerCenterCalls calls;

    @Inject
    @CacheName(RestPartnerCenterCatalog.CACHE)
    Cache cache;

    private ScriptedPartnerCenter partnerCenter;

    @BeforeEach
    void startAfresh() {
        cache.invalidateAll().await().indefinitely();
        partnerCenter = ScriptedPartnerCenterResource.server();
    }

    @Test
    void aServerErrorIsRetriedWithTheSameRequestIdAndHeaders() {
        partnerCenter.script(json(503, UNEXPECTED), json(500, UNEXPECTED), json(200, PRODUCT));

        assertThat(catalog.product(PRODUCT_ID, US, null).title()).isEqualTo("AI Builder Capacity add-on T1");

        List<Received> received = partnerCenter.received();
        assertThat(received).hasSize(3);
        assertThat(received).extracting(Received::requestId).containsOnly(received.getFirst().requestId());
        assertThat(received).extracting(Received::correlationId).containsOnly(received.getFirst().correlationId());
        assertThat(received).allSatisfy(request -> {
            assertThat(request.pathAndQuery()).isEqualTo("/v1/products/CFQ7TTC0LH0Z?country=US");
            assertThat(request.authorization()).startsWith("Bearer scripted-token-");
            assertThat(request.header("MS-Contract-Version")).isEqualTo("v1");
        });
    }

    @Test
    void anAnswerThatTakesLongerThanTheReadTimeoutIsAskedForAgainWithTheSameRequestId() {
        partnerCenter.script(json(200, PRODUCT).after(Duration.ofSeconds(3)), json(200, PRODUCT));

        assertThat(catalog.product(PRODUCT_ID, US, null).id()).isEqualTo(PRODUCT_ID);

        List<Received> received = partnerCenter.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(1).requestId()).isEqualTo(received.get(0).requestId());
    }

    @Test
    void throttlingThatAsksForMoreThanTheTotalTimeIsUnavailableAtOnceWithItsRetryAfter() {
        partnerCenter.script(json(429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 120 seconds.\"}")
                .withHeader("Retry-After", "120"), json(200, PRODUCT));

        assertThatThrownBy(() -> catalog.product(PRODUCT_ID, US, null))
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class, unavailable -> {
                    assertThat(unavailable.retryAfter()).contains(Duration.ofSeconds(120));
                    assertThat(unavailable.description()).contains("Rate limit is exceeded");
                });
        assertThat(partnerCenter.received()).hasSize(1);
    }

    @Test
    void throttlingWithAShortRetryAfterIsWaitedOutAndRetried() {
        partnerCenter.script(json(429, "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 1 seconds.\"}")
                .withHeader("Retry-After", "1"), json(200, PRODUCT));
        long started = System.nanoTime();

        assertThat(catalog.product(PRODUCT_ID, US, null).id()).isEqualTo(PRODUCT_ID);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(partnerCenter.received()).hasSize(2);
    }

    @Test
    void aServerErrorThatPersistsEndsUnavailableAfterTheLastAttempt() {
        partnerCenter.script(json(503, UNEXPECTED), json(503, UNEXPECTED), json(503, UNEXPECTED), json(200, PRODUCT));

        assertThatThrownBy(() -> catalog.product(PRODUCT_ID, US, null))
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class, unavailable ->
                        assertThat(unavailable.code()).isEqualTo("800003"));
        assertThat(partnerCenter.received()).hasSize(3);
    }

    @Test
    void aNotFoundIsNotRetried() {
        partnerCenter.script(json(404, "{\"code\":400013,\"description\":\"Product not found\",\"data\":[],\"source\":\"PartnerFD\"}"),
                json(200, PRODUCT));

        assertThatThrownBy(() -> catalog.product(PRODUCT_ID, US, null))
                .isInstanceOfSatisfying(PartnerCenterException.NotFound.class, notFound ->
                        assertThat(notFound.code()).isEqualTo("400013"));
        assertThat(partnerCenter.received()).hasSize(1);
    }

    @Test
    void aConflictIsNotRetried() {
        partnerCenter.script(json(409, "{\"code\":800064,\"description\":\"Cart is being processed by another request\",\"data\":[],\"source\":\"PartnerFD\"}"),
                json(200, PRODUCT));

        assertThatThrownBy(() -> catalog.product(PRODUCT_ID, US, null)).isInstanceOf(PartnerCenterException.Conflict.class);
        assertThat(partnerCenter.received()).hasSize(1);
    }

    @Test
    void aSuccessfulAnswerThatCannotBeReadIsABadGatewayAndNotRetried() {
        partnerCenter.script(json(200, "<html><body>Down for maintenance</body></html>"), json(200, PRODUCT));

        assertThatThrownBy(() -> catalog.product(PRODUCT_ID, US, null)).isInstanceOf(PartnerCenterException.BadGateway.class);
        assertThat(partnerCenter.received()).hasSize(1);
    }

    @Test
    void anAnswerTheDomainCannotAcceptIsABadGateway() {
        partnerCenter.script(json(200, "{\"id\":\"not a product id!\",\"title\":\"?\"}"));

        assertThatThrownBy(() -> catalog.product(PRODUCT_ID, US, null))
                .isInstanceOf(PartnerCenterException.BadGateway.class)
                .hasMessageContaining("not a product id!");
    }

    @Test
    void aPartnerCenterNobodyAnswersForIsUnavailableAfterTheRetries() throws IOException {
        URI nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        PartnerCenterCatalogClient client = PartnerCenterClients.build(PartnerCenterCatalogClient.class, nobodyListens,
                Duration.ofMillis(500), Duration.ofMillis(500));

        assertThatThrownBy(() -> calls.call("GET product", headers -> client.product(headers, "CFQ7TTC0LH0Z", "US", null)))
                .isInstanceOfSatisfying(PartnerCenterException.Unavailable.class, unavailable ->
                        assertThat(unavailable.description()).contains("could not be reached"));
    }
}

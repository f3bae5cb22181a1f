package org.partnercommerce.adapter.out.partnercenter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnercommerce.application.port.out.PartnerCenterException;

class PartnerCenterErrorsTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private static PartnerCenterException translated(int status, String body) {
        return PartnerCenterErrors.fromAnswer(status, null, body, NOW).translation();
    }

    private static String fault(Object code, String description) {
        return "{\"code\":" + code + ",\"description\":\"" + description + "\",\"data\":[],\"source\":\"PartnerFD\"}";
    }

    @Test
    void aMissingProductIsNotFoundWithPartnerCentersCodeAndText() {
        assertThat(translated(404, fault(400013, "Product not found")))
                .isInstanceOfSatisfying(PartnerCenterException.NotFound.class, notFound -> {
                    assertThat(notFound.code()).isEqualTo("400013");
                    assertThat(notFound.description()).isEqualTo("Product not found");
                });
    }

    @Test
    void aCodeSentAsAStringIsReadToo() {
        assertThat(translated(400, fault("\"3000\"", "Invalid property")).code()).isEqualTo("3000");
    }

    @Test
    void eachClientErrorStatusHasItsException() {
        assertThat(translated(400, fault(900126, "Unable to parse enum"))).isInstanceOf(PartnerCenterException.Rejected.class);
        assertThat(translated(403, fault(400036, "targetView not allowed"))).isInstanceOf(PartnerCenterException.Forbidden.class);
        assertThat(translated(409, fault(800064, "Cart is being processed"))).isInstanceOf(PartnerCenterException.Conflict.class);
        assertThat(translated(417, fault(800036, "Pre-condition failed"))).isInstanceOf(PartnerCenterException.Rejected.class);
    }

    @Test
    void refusedCredentialsAreABadGatewayNotTheCallersFault() {
        assertThat(translated(401, fault(400, "Access denied"))).isInstanceOf(PartnerCenterException.BadGateway.class)
                .hasMessageContaining("Access denied");
    }

    @Test
    void throttlingIsUnavailableWithTheWaitOfRetryAfter() {
        PartnerCenterHttpFailure failure = PartnerCenterErrors.fromAnswer(429, "57",
                "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 57 seconds.\"}", NOW);

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(57));
        assertThat(failure.translation()).isInstanceOfSatisfying(PartnerCenterException.Unavailable.class, unavailable -> {
            assertThat(unavailable.code()).isNull();
            assertThat(unavailable.description()).isEqualTo("Rate limit is exceeded. Try again in 57 seconds.");
            assertThat(unavailable.retryAfter()).contains(Duration.ofSeconds(57));
        });
    }

    @Test
    void throttlingWithoutRetryAfterTakesTheWaitFromItsMessage() {
        PartnerCenterHttpFailure failure = PartnerCenterErrors.fromAnswer(429, null,
                "{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in 12 seconds.\"}", NOW);

        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        PartnerCenterHttpFailure failure = PartnerCenterErrors.fromAnswer(503, "Sat, 21 Nov 2026 10:00:30 GMT", "", NOW);

        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theGatewaysBareMessageIsRejectedWithItsText() {
        assertThat(translated(400, "{\"message\":\"The request is invalid.\"}"))
                .isInstanceOfSatisfying(PartnerCenterException.Rejected.class, rejected -> {
                    assertThat(rejected.code()).isNull();
                    assertThat(rejected.description()).isEqualTo("The request is invalid.");
                });
    }

    @Test
    void anUnreadableErrorBodyStillCountsByItsStatus() {
        assertThat(translated(502, "<html><body>Bad Gateway</body></html>"))
                .isInstanceOf(PartnerCenterException.Unavailable.class)
                .hasMessageContaining("HTTP 502");
        assertThat(translated(404, "")).isInstanceOf(PartnerCenterException.NotFound.class);
    }

    @Test
    void anUnexpectedStatusIsABadGateway() {
        assertThat(translated(302, "")).isInstanceOf(PartnerCenterException.BadGateway.class);
    }
}

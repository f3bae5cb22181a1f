package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.auth.AuthMode;

/** What a deployment must set, and what it gets when it sets nothing more. */
class ConfiguringTheAdapterTest {

    private static final Map<String, String> REQUIRED = Map.of(
            "partnercommerce.partner-center.token-url", "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token",
            "partnercommerce.partner-center.client-id", "3f2a1b0c-0000-4000-8000-000000000001");

    private static PartnerCenterConfig configured(Map<String, String> more) {
        Map<String, String> properties = new HashMap<>(REQUIRED);
        properties.putAll(more);
        return PartnerCenterSettings.of(properties);
    }

    @Test
    void withOnlyTheTokenUrlAndClientIdItTalksToTheRealPartnerCenterAppOnly() {
        PartnerCenterConfig config = configured(Map.of());

        assertThat(config.url()).isEqualTo(URI.create("https://api.partnercenter.microsoft.com"));
        assertThat(config.scope()).isEqualTo("https://api.partnercenter.microsoft.com/.default");
        assertThat(config.auth()).isEqualTo(AuthMode.APP_ONLY);
        assertThat(config.clientSecret()).isEmpty();
        assertThat(config.refreshToken()).isEmpty();
        assertThat(config.tokenRefreshAhead()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.retry().maxAttempts()).isEqualTo(4);
        assertThat(config.retry().maxDuration()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.retry().initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(config.retry().maxBackoff()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.circuitBreaker().failureThreshold()).isEqualTo(5);
        assertThat(config.circuitBreaker().openDuration()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void appPlusUserIsChosenWithItsRefreshToken() {
        PartnerCenterConfig config = configured(Map.of(
                "partnercommerce.partner-center.auth", "app-user",
                "partnercommerce.partner-center.refresh-token", "0.refresh"));

        assertThat(config.auth()).isEqualTo(AuthMode.APP_USER);
        assertThat(config.refreshToken()).contains("0.refresh");
    }
}

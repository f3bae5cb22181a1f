package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterEmulator;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * A service configured app-only at Partner Center (client credentials, no user): Partner Center
 * takes an order naming an indirect reseller only from App+User callers, so the service refuses it
 * itself — 403 with Partner Center's code and how to configure App+User — before anything is kept
 * or sent.
 */
@QuarkusTest
@WithTestResource(AnAppOnlyServiceRefusesAnOrderNamingAResellerBeforeSendingIt.AppOnlyEmulatorResource.class)
class AnAppOnlyServiceRefusesAnOrderNamingAResellerBeforeSendingIt {

    /** The test emulator, and the service calling it app-only. */
    public static class AppOnlyEmulatorResource extends EmulatorResource {
        @Override
        protected Map<String, String> settings(PartnerCenterEmulator started) {
            Map<String, String> configuration = new HashMap<>(super.settings(started));
            configuration.put("partnercommerce.partner-center.auth", "app-only");
            configuration.remove("partnercommerce.partner-center.refresh-token");
            return configuration;
        }
    }

    @Inject
    AgroalDataSource database;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarmFaults() {
        emulator.disarmAll();
    }

    @Test
    void theOrderIsRefusedWith900150AndHowToConfigureAppPlusUserAndNothingIsSent() {
        NoTrace trace = NoTrace.before(database, emulator, Seed.LITWARE);

        Response answer = given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON)
                .body(Seed.intuneOrder(Seed.LITWARE, 5, Seed.LITWARES_RESELLER))
                .post("/v1/customers/{c}/orders", Seed.LITWARE);

        Problems.assertProblem(answer, 403, "partner-center-forbidden");
        assertThat(answer.<String>path("code")).isEqualTo("900150");
        assertThat(answer.<String>path("detail")).contains("App+User", "PARTNERCOMMERCE_PARTNER_CENTER_AUTH=app-user",
                "PARTNERCOMMERCE_PARTNER_CENTER_REFRESH_TOKEN");
        trace.assertNoneLeft();
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * The service's own Partner Center token comes from Entra ID (here the emulator's token endpoint).
 * When Partner Center refuses it and no new one can be had, the caller is told to come back (503
 * with Retry-After), never given our error (500); once the token endpoint is back, so is the service.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class ATokenEndpointThatIsDownIsA503WithRetryAfter {

    private static final String PROVISIONING_STATUS = "/v1/customers/{c}/orders/{id}/provisioningstatus";
    private static final String UNKNOWN_ORDER = "a0b1c2d3e4f5";

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @AfterEach
    void disarm() {
        emulator.disarmAll();
    }

    @Test
    void aRefusedTokenThatCannotBeRenewedIsA503AndTheNextTokenEndsIt() {
        String token = Tokens.partner();
        emulator.arm(Map.of("method", "GET", "path", "/v1/customers/*/orders/*/provisioningstatus", "kind", "status",
                "status", 401, "count", 1));
        String tokenEndpointDown = emulator.arm(Map.of("method", "POST", "path", "/*/oauth2/v2.0/token", "kind", "status",
                "status", 503, "probability", 1.0));

        Response whileDown = given().auth().oauth2(token).get(PROVISIONING_STATUS, Seed.FOURTH_COFFEE, UNKNOWN_ORDER);
        int tokenRequestsRefused = emulator.timesFired(tokenEndpointDown);
        emulator.disarmAll();
        Response onceBack = given().auth().oauth2(token).get(PROVISIONING_STATUS, Seed.FOURTH_COFFEE, UNKNOWN_ORDER);

        Problems.assertProblem(whileDown, 503, "partner-center-unavailable");
        assertThat(whileDown.getHeader("Retry-After")).isNotBlank();
        assertThat(tokenRequestsRefused).as("a new token was asked for, and asked again").isGreaterThan(1);
        Problems.assertProblem("Partner Center reached with a new token", onceBack, 404, "not-found");
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.bootstrap.Problems.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * A reseller's purchases within 24 hours are held to its seat cap: a cart whose seats alone are
 * over it is refused at once, and a checkout that would go over it is refused with nothing bought
 * at Partner Center; the partner buying for the same customer is not held to the reseller's cap.
 */
@QuarkusTest
@TestProfile(AResellerOverItsSeatCapBuysNothing.TenSeatsForTheReseller.class)
@WithTestResource(EmulatorResource.class)
class AResellerOverItsSeatCapBuysNothing {

    public static final class TenSeatsForTheReseller implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("partnercommerce.purchase-caps.resellers." + Seed.RESELLER + ".max-seats", "10");
        }
    }

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @Test
    void aCheckoutOverTheCapIsRefusedAndNothingIsBoughtWhileThePartnerBuysOn() {
        String reseller = Tokens.reseller();
        ApiCalls.orderedCart(reseller, Seed.ALPINE_SKI_HOUSE, ApiCalls.createdCart(reseller, Seed.ALPINE_SKI_HOUSE,
                Seed.licenceCart(6)));
        String overTheCap = ApiCalls.createdCart(reseller, Seed.ALPINE_SKI_HOUSE, Seed.licenceCart(5));

        Response refused = given().auth().oauth2(reseller)
                .post("/v1/customers/{c}/carts/{id}/checkout", Seed.ALPINE_SKI_HOUSE, overTheCap);

        assertProblem("the checkout over the cap", refused, 422, "purchase-cap-exceeded");
        assertThat(refused.<String>path("code")).isEqualTo("purchase-cap-exceeded");
        assertThat(refused.<String>path("detail")).contains("reseller " + Seed.RESELLER, "10 seats in 24 h", "6 bought", "4 left");
        assertThat(emulator.purchasesOf(overTheCap)).as("nothing bought at Partner Center").isEmpty();
        Response cart = given().auth().oauth2(reseller).get("/v1/customers/{c}/carts/{id}", Seed.ALPINE_SKI_HOUSE, overTheCap);
        assertThat(cart.<String>path("status")).isEqualToIgnoringCase("active");

        String partner = Tokens.partner();
        String partners = ApiCalls.createdCart(partner, Seed.ALPINE_SKI_HOUSE, Seed.licenceCart(20));
        assertThat(ApiCalls.orderedCart(partner, Seed.ALPINE_SKI_HOUSE, partners)).hasSize(1);
        assertThat(emulator.purchasesOf(partners)).hasSize(1);
    }

    @Test
    void aCartWhoseSeatsAloneAreOverTheCapIsRefusedAtCreation() {
        String tripwire = emulator.armCreateCartTripwire();
        try {
            Response refused = given().auth().oauth2(Tokens.reseller()).contentType(ContentType.JSON).body(Seed.licenceCart(11))
                    .post("/v1/customers/{c}/carts", Seed.ALPINE_SKI_HOUSE);

            assertProblem("the cart over the cap", refused, 422, "purchase-cap-exceeded");
            assertThat(refused.<String>path("errors[0].reason")).contains("this purchase has 11");
            assertThat(emulator.timesFired(tripwire)).as("no cart sent to Partner Center").isZero();
        } finally {
            emulator.disarmAll();
        }
    }
}

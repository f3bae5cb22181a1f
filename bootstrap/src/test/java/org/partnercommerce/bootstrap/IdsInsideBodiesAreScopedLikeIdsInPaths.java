package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * An id a caller sends in a body is scoped as one in a path: a reseller's inventory check naming
 * another partner's customer is not found (and Partner Center is not asked); a reseller buying for
 * a customer it shares with another reseller names only itself as partner of record, while the
 * partner names any indirect reseller of the customer; and on such a shared customer a reseller
 * sees no order attributed to the other reseller.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class IdsInsideBodiesAreScopedLikeIdsInPaths {

    private static final String RESERVATION = "DZH318Z0BQ36";

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @Test
    void aResellersInventoryCheckForAnotherPartnersCustomerIsNotFound() {
        Response foreign = inventoryCheck(Tokens.reseller(), Seed.WINGTIP_TOYS);

        Problems.assertProblem(foreign, 404, "not-found");
        assertThat(foreign.asString()).doesNotContain("isRestricted");
        assertThat(inventoryCheck(Tokens.reseller(), Seed.ALPINE_SKI_HOUSE).statusCode()).as("its own customer").isEqualTo(200);
        assertThat(inventoryCheck(Tokens.partner(), Seed.WINGTIP_TOYS).statusCode()).as("the partner's").isEqualTo(200);
    }

    @Test
    void aResellerNamingAnotherResellerOfASharedCustomerAsPartnerOfRecordIsRefusedAndNothingIsSent() {
        String tripwire = emulator.armCreateCartTripwire();
        try {
            Response refused = createCart(Tokens.reseller(), "517285");

            Problems.assertProblem(refused, 422, "rule-violation");
            assertThat(refused.<String>path("errors[0].code")).isEqualTo("participant-not-the-buyer");
            assertThat(emulator.timesFired(tripwire)).as("no cart reached Partner Center").isZero();
        } finally {
            emulator.disarmAll();
        }
        assertThat(createCart(Tokens.reseller(), Seed.RESELLER).statusCode()).as("itself").isEqualTo(201);
        assertThat(createCart(Tokens.partner(), "517285").statusCode()).as("the partner names either").isEqualTo(201);
    }

    @Test
    void onASharedCustomerAResellerSeesNoOrderAttributedToTheOtherReseller() {
        String partner = Tokens.partner();
        String theOthers = ApiCalls.orderedCart(partner, Seed.WIDE_WORLD_IMPORTERS,
                ApiCalls.createdCart(partner, Seed.WIDE_WORLD_IMPORTERS, cartNaming("517285"))).getFirst();
        String itsOwn = ApiCalls.orderedCart(partner, Seed.WIDE_WORLD_IMPORTERS,
                ApiCalls.createdCart(partner, Seed.WIDE_WORLD_IMPORTERS, cartNaming(Seed.RESELLER))).getFirst();
        String reseller = Tokens.reseller();

        Problems.assertProblem(given().auth().oauth2(reseller)
                .get("/v1/customers/{c}/orders/{id}", Seed.WIDE_WORLD_IMPORTERS, theOthers), 404, "not-found");
        Problems.assertProblem(given().auth().oauth2(reseller)
                .get("/v1/customers/{c}/orders/{id}/provisioningstatus", Seed.WIDE_WORLD_IMPORTERS, theOthers), 404, "not-found");
        given().auth().oauth2(reseller).get("/v1/customers/{c}/orders/{id}", Seed.WIDE_WORLD_IMPORTERS, itsOwn)
                .then().statusCode(200);
        List<String> listed = given().auth().oauth2(reseller).queryParam("size", 500)
                .get("/v1/customers/{c}/orders", Seed.WIDE_WORLD_IMPORTERS).then().statusCode(200).extract().path("items.id");
        assertThat(listed).contains(itsOwn).doesNotContain(theOthers);
        given().auth().oauth2(partner).get("/v1/customers/{c}/orders/{id}", Seed.WIDE_WORLD_IMPORTERS, theOthers)
                .then().statusCode(200);
    }

    private static Response inventoryCheck(String token, String customer) {
        return given().auth().oauth2(token).queryParam("country", "US").contentType(ContentType.JSON).body("""
                {"targetItems":[{"productId":"%s","skuId":"004G"}],
                 "inventoryContext":{"customerId":"%s","azureSubscriptionId":"aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e",
                                     "armRegionName":"eastus2"}}""".formatted(RESERVATION, customer))
                .post("/v1/extensions/product/checkInventory");
    }

    private static Response createCart(String token, String partnerOfRecord) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(cartNaming(partnerOfRecord))
                .post("/v1/customers/{c}/carts", Seed.WIDE_WORLD_IMPORTERS);
    }

    private static String cartNaming(String partnerOfRecord) {
        return """
                {"partnerOnRecordAttestationAccepted": true, "lineItems":[{"catalogItemId":"%s","quantity":1,
                 "billingCycle":"monthly","termDuration":"P1M",
                 "participants":[{"key":"transaction_reseller","value":"%s"}]}]}""".formatted(Seed.M365_E5, partnerOfRecord);
    }
}

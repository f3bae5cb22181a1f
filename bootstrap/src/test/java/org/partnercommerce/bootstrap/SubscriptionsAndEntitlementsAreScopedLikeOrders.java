package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * What a purchase became is scoped like the order: a reseller reads nothing of a customer that is
 * not its own (404, nothing of what was bought in the answer), and on a customer it shares with another reseller
 * it sees its own subscriptions, never the other's. Malformed input is a 400 naming what is wrong.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class SubscriptionsAndEntitlementsAreScopedLikeOrders {

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    @Test
    void aResellerReadsNothingOfAnotherPartnersCustomer() {
        String partner = Tokens.partner();
        String customer = Seed.WINGTIP_TOYS;
        List<String> orderIds = ApiCalls.orderedCart(partner, customer,
                ApiCalls.createdCart(partner, customer, WhatAPurchaseBecomesIsFollowedFromItsOrder.fourKindsCart()));
        orderIds.forEach(emulator::provision);
        String subscriptionId = given().auth().oauth2(partner).queryParam("order_id", orderIds.getFirst())
                .get("/v1/customers/{c}/subscriptions", customer).path("items[0].id");
        String artifact = given().auth().oauth2(partner).queryParam("entitlementType", "reservedInstance")
                .get("/v1/customers/{c}/entitlements", customer).path("items[0].entitledArtifacts[0].link.uri");
        String reseller = Tokens.reseller();

        for (String path : List.of("/v1/customers/" + customer + "/subscriptions",
                "/v1/customers/" + customer + "/subscriptions?order_id=" + orderIds.getFirst(),
                "/v1/customers/" + customer + "/subscriptions/" + subscriptionId,
                "/v1/customers/" + customer + "/subscriptions/" + subscriptionId + "/provisioningstatus",
                "/v1/customers/" + customer + "/entitlements",
                "/v1" + artifact,
                "/v1/customers/" + customer + "/orders/" + orderIds.getFirst() + "/activationlinks")) {
            Response answer = given().auth().oauth2(reseller).get(path);
            Problems.assertProblem(path, answer, 404, "not-found");
            assertThat(answer.asString()).as("%s: nothing of what was bought", path)
                    .doesNotContain(Seed.M365_E5).doesNotContain("reservations").doesNotContain("entitlementType");
            assertThat(given().auth().oauth2(Tokens.reader()).get(path).statusCode()).as("a reader reads %s", path).isEqualTo(200);
        }
    }

    @Test
    void onASharedCustomerAResellerSeesItsOwnSubscriptionsNeverTheOtherResellers() {
        String partner = Tokens.partner();
        String customer = Seed.WIDE_WORLD_IMPORTERS;
        String theOthers = ApiCalls.orderedCart(partner, customer, ApiCalls.createdCart(partner, customer, cartNaming("517285")))
                .getFirst();
        String itsOwn = ApiCalls.orderedCart(partner, customer, ApiCalls.createdCart(partner, customer, cartNaming(Seed.RESELLER)))
                .getFirst();
        emulator.provision(theOthers);
        emulator.provision(itsOwn);
        String othersSubscription = subscriptionOf(partner, customer, theOthers);
        String ownSubscription = subscriptionOf(partner, customer, itsOwn);
        String reseller = Tokens.reseller();

        List<String> listed = given().auth().oauth2(reseller).get("/v1/customers/{c}/subscriptions", customer).path("items.id");
        assertThat(listed).contains(ownSubscription).doesNotContain(othersSubscription);
        Problems.assertProblem(given().auth().oauth2(reseller)
                .get("/v1/customers/{c}/subscriptions/{s}", customer, othersSubscription), 404, "not-found");
        Problems.assertProblem(given().auth().oauth2(reseller)
                .get("/v1/customers/{c}/subscriptions/{s}/provisioningstatus", customer, othersSubscription), 404, "not-found");
        assertThat(given().auth().oauth2(reseller).get("/v1/customers/{c}/subscriptions/{s}", customer, ownSubscription)
                .<String>path("partnerId")).isEqualTo(Seed.RESELLER);
        assertThat(given().auth().oauth2(partner).get("/v1/customers/{c}/subscriptions/{s}", customer, othersSubscription)
                .<String>path("partnerId")).isEqualTo("517285");
    }

    @Test
    void malformedInputIsA400NamingWhatIsWrong() {
        String token = Tokens.partner();
        String customer = Seed.WINGTIP_TOYS;

        Response unknownType = given().auth().oauth2(token).queryParam("entitlementType", "hardware")
                .get("/v1/customers/{c}/entitlements", customer);
        Problems.assertProblem(unknownType, 400, "invalid-request");
        assertThat(unknownType.asString()).contains("entitlementType").contains("hardware");
        Response notAFlag = given().auth().oauth2(token).queryParam("showExpiry", "maybe").get("/v1/customers/{c}/entitlements", customer);
        Problems.assertProblem(notAFlag, 400, "invalid-request");
        assertThat(notAFlag.asString()).contains("showExpiry");
        Problems.assertProblem(given().auth().oauth2(token).get("/v1/customers/{c}/subscriptions/{s}", customer, "not-a-guid"),
                400, "invalid-request");
        Problems.assertProblem(given().auth().oauth2(token).get("/v1/customers/{c}/orders/{o}/lineitems/{n}/activationlinks", customer,
                "a68736758d9c", "-1"), 400, "invalid-request");
        Problems.assertProblem(given().auth().oauth2(token).get("/v1/customers/{c}/subscriptions/{s}", customer,
                "44444444-4444-4444-4444-444444444444"), 404, "not-found");
        Problems.assertProblem(given().auth().oauth2(token).get(
                "/v1/customers/{c}/artifacts/reservedinstance/groups/g/lineitems/0/resource/{r}", customer,
                "44444444-4444-4444-4444-444444444444"), 404, "not-found");
    }

    private static String subscriptionOf(String token, String customer, String orderId) {
        List<String> ids = given().auth().oauth2(token).queryParam("order_id", orderId)
                .get("/v1/customers/{c}/subscriptions", customer).path("items.id");
        assertThat(ids).as("the subscriptions of order %s", orderId).hasSize(1);
        return ids.getFirst();
    }

    private static String cartNaming(String partnerOfRecord) {
        return """
                {"partnerOnRecordAttestationAccepted": true, "lineItems":[{"catalogItemId":"%s","quantity":1,
                 "billingCycle":"monthly","termDuration":"P1M",
                 "participants":[{"key":"transaction_reseller","value":"%s"}]}]}""".formatted(Seed.M365_E5, partnerOfRecord);
    }
}

package org.partnercommerce.bootstrap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.testing.emulator.EmulatorControl;

/**
 * After the purchase: a licence, an Azure reservation, perpetual software and a SaaS plan bought
 * through one cart are followed from their orders — the licence to its subscription (by the order
 * line's link, by {@code ?order_id=}, with its provisioning status), the reservation and the software
 * to their entitlements (the type filter; the expiry only with {@code showExpiry}, and never for
 * software), the reservation on to its details through its artifact's link, the SaaS plan to its
 * activation links. Nothing of it exists before Partner Center provisioned the orders.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class WhatAPurchaseBecomesIsFollowedFromItsOrder {

    static final String RESERVED_VM = "DZH318Z0BQ36:004G:DZH318Z08C0S";
    static final String BARRACUDA = "DZH318Z0BXWC:0002:DZH318Z0BMRV";
    private static final String CUSTOMER = Seed.WINGTIP_TOYS;

    private final EmulatorControl emulator = EmulatorControl.ofTestEmulator();

    /** Licence (3), reservation (2, shared scope), perpetual software (1), SaaS (1). */
    static String fourKindsCart() {
        return """
                {"lineItems":[
                  {"id":0,"catalogItemId":"%s","quantity":3,"billingCycle":"monthly","termDuration":"P1M"},
                  {"id":1,"catalogItemId":"%s","quantity":2,"billingCycle":"one_time","termDuration":"P1Y",
                   "provisioningContext":{"subscriptionId":"aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e","scope":"shared"}},
                  {"id":2,"catalogItemId":"%s","quantity":1,"billingCycle":"one_time"},
                  {"id":3,"catalogItemId":"%s","quantity":1,"billingCycle":"monthly","termDuration":"P1M"}]}"""
                .formatted(Seed.M365_E5, RESERVED_VM, Seed.WINDOWS_SERVER, BARRACUDA);
    }

    @Test
    void eachKindOfPurchaseIsFollowedFromItsOrderToWhatItBecame() {
        String token = Tokens.partner();
        List<String> orderIds = ApiCalls.orderedCart(token, CUSTOMER, ApiCalls.createdCart(token, CUSTOMER, fourKindsCart()));
        orderIds.forEach(emulator::provision);

        Line licence = line(token, orderIds, Seed.M365_E5);
        Line reservation = line(token, orderIds, RESERVED_VM);
        Line software = line(token, orderIds, Seed.WINDOWS_SERVER);
        Line saas = line(token, orderIds, BARRACUDA);

        // The licence: its subscription, by the order line's link and among those its order created.
        String subscriptionId = licence.order().path(licence.path() + ".subscriptionId");
        String subscriptionLink = licence.order().path(licence.path() + ".links.subscription.uri");
        assertThat(subscriptionLink).isEqualTo("/customers/" + CUSTOMER + "/subscriptions/" + subscriptionId);
        Response subscription = given().auth().oauth2(token).get("/v1" + subscriptionLink);
        assertThat(subscription.statusCode()).as(subscription.asString()).isEqualTo(200);
        assertThat(subscription.<String>path("id")).isEqualTo(subscriptionId);
        assertThat(subscription.<String>path("offerId")).isEqualTo(Seed.M365_E5);
        assertThat(subscription.<Integer>path("quantity")).isEqualTo(3);
        assertThat(subscription.<String>path("status")).isEqualTo("active");
        assertThat(subscription.<String>path("billingType")).isEqualTo("license");
        assertThat(subscription.<String>path("termDuration")).isEqualTo("P1M");
        assertThat(subscription.<String>path("orderId")).isEqualTo(licence.orderId());
        assertThat(subscription.<String>path("productType.id")).isEqualTo("OnlineServices");
        assertThat(subscription.<String>path("attributes.objectType")).isEqualTo("Subscription");
        assertThat(given().auth().oauth2(token).queryParam("order_id", licence.orderId())
                .get("/v1/customers/{c}/subscriptions", CUSTOMER).<List<String>>path("items.id")).contains(subscriptionId);
        Response provisioned = given().auth().oauth2(token).get("/v1" + subscriptionLink + "/provisioningstatus");
        assertThat(provisioned.<String>path("status")).as(provisioned.asString()).isEqualTo("success");
        assertThat(provisioned.<Integer>path("quantity")).isEqualTo(3);

        // The reservation: no subscription, a reservedinstance entitlement, its expiry only when asked, its details by its link.
        assertThat(reservation.order().<String>path(reservation.path() + ".subscriptionId")).isNull();
        Map<String, Object> reserved = entitlementOf(token, "reservedInstance", false, reservation);
        assertThat(reserved).containsEntry("entitlementType", "reservedinstance").containsEntry("quantity", 2)
                .doesNotContainKey("expiryDate");
        assertThat(entitlementOf(token, "reservedInstance", true, reservation)).containsKey("expiryDate");
        Response listed = given().auth().oauth2(token).queryParam("entitlementType", "reservedInstance")
                .get("/v1/customers/{c}/entitlements", CUSTOMER);
        String artifactLink = listed.path("items.find { it.referenceOrder.id == '%s' }.entitledArtifacts[0].link.uri"
                .formatted(reservation.orderId()));
        String reservationOrderId = listed.path("items.find { it.referenceOrder.id == '%s' }.entitledArtifacts[0].resourceId"
                .formatted(reservation.orderId()));
        assertThat(artifactLink).startsWith("/customers/" + CUSTOMER + "/artifacts/reservedinstance/").endsWith(reservationOrderId);
        Response details = given().auth().oauth2(token).get("/v1" + artifactLink);
        assertThat(details.statusCode()).as(details.asString()).isEqualTo(200);
        assertThat(details.<String>path("type")).isEqualTo("reservedinstance");
        assertThat(details.<List<Integer>>path("reservations.quantity")).containsExactly(2);
        assertThat(details.<List<String>>path("reservations.scopeType")).containsExactly("Shared");

        // The software: a software entitlement that never expires, left out when reservations are asked for.
        assertThat(software.order().<String>path(software.path() + ".subscriptionId")).isNull();
        Map<String, Object> perpetual = entitlementOf(token, "software", true, software);
        assertThat(perpetual).containsEntry("entitlementType", "software").containsEntry("productId", "DG7GMGF0DWTL")
                .doesNotContainKey("expiryDate");
        assertThat(listed.<List<String>>path("items.entitlementType")).containsOnly("reservedinstance");

        // The SaaS plan: its activation links, by order and by line.
        Response links = given().auth().oauth2(token).get("/v1/customers/{c}/orders/{o}/activationlinks", CUSTOMER, saas.orderId());
        assertThat(links.statusCode()).as(links.asString()).isEqualTo(200);
        assertThat(links.<List<Integer>>path("items.lineItemNumber")).contains(saas.number());
        assertThat(given().auth().oauth2(token).get("/v1/customers/{c}/orders/{o}/lineitems/{n}/activationlinks", CUSTOMER,
                saas.orderId(), saas.number()).<List<String>>path("items[0].activationLinks.link.uri")).singleElement()
                .asString().isNotBlank();
    }

    @Test
    void nothingComesOfAnOrderBeforePartnerCenterProvisionedIt() {
        String token = Tokens.partner();
        List<String> orderIds = ApiCalls.orderedCart(token, CUSTOMER, ApiCalls.createdCart(token, CUSTOMER, fourKindsCart()));

        for (String orderId : orderIds) {
            assertThat(given().auth().oauth2(token).queryParam("order_id", orderId).get("/v1/customers/{c}/subscriptions", CUSTOMER)
                    .<List<Object>>path("items")).as("subscriptions of %s", orderId).isEmpty();
            assertThat(given().auth().oauth2(token).get("/v1/customers/{c}/entitlements", CUSTOMER)
                    .<List<String>>path("items.referenceOrder.id")).doesNotContain(orderId);
        }
    }

    /** An order line found by what it bought. */
    record Line(String orderId, Response order, String path, int number) {
    }

    private static Line line(String token, List<String> orderIds, String offerId) {
        for (String orderId : orderIds) {
            Response order = given().auth().oauth2(token).get("/v1/customers/{c}/orders/{o}", CUSTOMER, orderId);
            List<String> offers = order.path("lineItems.offerId");
            int position = offers.indexOf(offerId);
            if (position >= 0) {
                return new Line(orderId, order, "lineItems[" + position + "]", order.path("lineItems[" + position + "].lineItemNumber"));
            }
        }
        throw new AssertionError("No order bought " + offerId);
    }

    private static Map<String, Object> entitlementOf(String token, String type, boolean showExpiry, Line line) {
        Response answer = given().auth().oauth2(token).queryParam("entitlementType", type).queryParam("showExpiry", showExpiry)
                .get("/v1/customers/{c}/entitlements", CUSTOMER);
        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
        List<Map<String, Object>> items = answer.path("items");
        return Optional.ofNullable(items).orElse(List.of()).stream()
                .filter(item -> line.orderId().equals(((Map<?, ?>) item.get("referenceOrder")).get("id"))
                        && String.valueOf(line.number()).equals(((Map<?, ?>) item.get("referenceOrder")).get("lineItemId")))
                .findFirst().orElseThrow(() -> new AssertionError("No " + type + " entitlement of " + line + " in " + answer.asString()));
    }
}

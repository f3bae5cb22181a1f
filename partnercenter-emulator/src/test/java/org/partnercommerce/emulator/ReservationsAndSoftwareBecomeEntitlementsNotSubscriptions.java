package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;

class ReservationsAndSoftwareBecomeEntitlementsNotSubscriptions {

    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withClock(CLOCK)
            .withOrderListingDelay(Duration.ZERO).withProvisioningDelay(Duration.ofHours(1)));
    private static final PartnerCenterClient client = partnerCenter.client();

    /**
     * The mixed cart's one-time order, provisioned: a 1-year reservation scoped {@code shared}, a
     * 3-year one scoped {@code single} to the fixtures' Azure subscription, and Windows Server.
     */
    private static JsonNode provisionedOneTimeOrder(String customer) {
        String token = client.appToken();
        String cartId = created(client, token, customer, Shopping.mixedCart()).get("id").asText();
        String orderId = checkout(client, token, customer, cartId).json().get("orders").get(1).get("id").asText();
        CLOCK.advance(Duration.ofMinutes(1));
        assertThat(client.post("/emulator/v1/orders/" + orderId + "/provision", null, "").status()).isEqualTo(200);
        return client.get("/v1/customers/" + customer + "/orders/" + orderId, client.appToken()).json();
    }

    private static JsonNode entitlements(String customer, String query) {
        Reply reply = client.get("/v1/customers/" + customer + "/entitlements" + query, client.userToken());
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("attributes").get("objectType").asText()).isEqualTo("Collection");
        assertThat(reply.json().get("totalCount").asInt()).isEqualTo(reply.json().get("items").size());
        return reply.json().get("items");
    }

    private static String reservationOrderId(String orderId, int line) {
        return UUID.nameUUIDFromBytes(("reservation-order:" + orderId + ":" + line).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    @Test
    void aReservationIsAReservedInstanceEntitlementAndNoSubscription() {
        String customer = Shopping.NORTHWIND_US;
        JsonNode order = provisionedOneTimeOrder(customer);
        String orderId = order.get("id").asText();

        JsonNode subscriptions = client.get("/v1/customers/" + customer + "/subscriptions?order_id=" + orderId, client.appToken()).json();
        JsonNode all = entitlements(customer, "");

        assertThat(order.get("status").asText()).isEqualTo("completed");
        order.get("lineItems").forEach(line -> {
            assertThat(line.has("subscriptionId")).as("line %s", line.get("lineItemNumber")).isFalse();
            assertThat(line.get("links").has("subscription")).isFalse();
        });
        assertThat(subscriptions.get("items")).isEmpty();
        assertThat(all).hasSize(3);
        JsonNode reservation = all.get(0);
        String resource = reservationOrderId(orderId, 0);
        assertThat(reservation.get("includedEntitlements")).isEmpty();
        assertThat(reservation.get("referenceOrder").get("id").asText()).isEqualTo(orderId);
        assertThat(reservation.get("referenceOrder").get("lineItemId").asText()).isEqualTo("0");
        assertThat(reservation.get("referenceOrder").get("alternateId").asText()).isEqualTo(order.get("alternateId").asText());
        assertThat(reservation.get("productId").asText()).isEqualTo("DZH318Z0BQ36");
        assertThat(reservation.get("skuId").asText()).isEqualTo("004G");
        assertThat(reservation.get("quantity").asInt()).isEqualTo(1);
        assertThat(reservation.get("quantityDetails").get(0).get("quantity").asInt()).isEqualTo(1);
        assertThat(reservation.get("quantityDetails").get(0).get("status").asText()).isEqualTo("Fulfilled");
        assertThat(reservation.get("entitlementType").asText()).isEqualTo("reservedinstance");
        assertThat(reservation.get("fulfillmentState").asText()).isEqualTo("Fulfilled");
        assertThat(reservation.has("expiryDate")).as("only with showExpiry=true").isFalse();
        assertThat(reservation.get("dynamicAttributes").get("reservationType").asText()).isEqualTo("virtualmachines");
        JsonNode artifact = reservation.get("entitledArtifacts").get(0);
        assertThat(artifact.get("resourceId").asText()).isEqualTo(resource);
        assertThat(artifact.get("artifactType").asText()).isEqualTo("reservedinstance");
        assertThat(artifact.get("dynamicAttributes").get("reservationType").asText()).isEqualTo("virtualmachines");
        assertThat(artifact.get("link").get("uri").asText())
                .isEqualTo("/customers/" + customer + "/artifacts/reservedinstance/groups/" + orderId + "/lineitems/0/resource/" + resource);
        assertThat(artifact.get("link").get("method").asText()).isEqualTo("GET");
        assertThat(all.get(1).get("skuId").asText()).isEqualTo("004J");
        assertThat(all.get(1).get("entitledArtifacts").get(0).get("resourceId").asText()).isEqualTo(reservationOrderId(orderId, 1));
    }

    @Test
    void aReservationExpiresAfterItsTermWhichIsShownOnlyWhenAsked() {
        String customer = Shopping.TAILSPIN_US;
        JsonNode order = provisionedOneTimeOrder(customer);
        Instant completedAt = CLOCK.instant();

        JsonNode shown = entitlements(customer, "?showExpiry=TRUE");
        JsonNode hidden = entitlements(customer, "?showExpiry=false");

        java.time.LocalDate day = completedAt.atZone(ZoneOffset.UTC).toLocalDate();
        assertThat(Instant.parse(shown.get(0).get("expiryDate").asText())).isEqualTo(day.plusYears(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(Instant.parse(shown.get(1).get("expiryDate").asText())).isEqualTo(day.plusYears(3).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(hidden.findValues("expiryDate")).isEmpty();
        assertThat(order.get("id").asText()).isEqualTo(shown.get(0).get("referenceOrder").get("id").asText());
    }

    @Test
    void perpetualSoftwareIsASoftwareEntitlementThatNeverExpires() {
        String customer = Shopping.FOURTH_COFFEE_US;
        String orderId = provisionedOneTimeOrder(customer).get("id").asText();

        JsonNode software = entitlements(customer, "?entitlementType=software&showExpiry=true");

        assertThat(software).hasSize(1);
        JsonNode windowsServer = software.get(0);
        assertThat(windowsServer.get("entitlementType").asText()).isEqualTo("software");
        assertThat(windowsServer.get("productId").asText()).isEqualTo("DG7GMGF0DWTL");
        assertThat(windowsServer.get("skuId").asText()).isEqualTo("0001");
        assertThat(windowsServer.get("referenceOrder").get("id").asText()).isEqualTo(orderId);
        assertThat(windowsServer.get("referenceOrder").get("lineItemId").asText()).isEqualTo("2");
        assertThat(windowsServer.get("fulfillmentState").asText()).isEqualTo("Fulfilled");
        assertThat(windowsServer.get("entitledArtifacts")).isEmpty();
        assertThat(windowsServer.get("includedEntitlements")).isEmpty();
        assertThat(windowsServer.has("expiryDate")).as("on-premises software has no expiry").isFalse();
    }

    @Test
    void theEntitlementTypeFilterKeepsSoftwareOrReservations() {
        String customer = Shopping.LITWARE_US;
        provisionedOneTimeOrder(customer);

        assertThat(entitlements(customer, "?entitlementType=software").findValuesAsText("entitlementType")).containsExactly("software");
        for (String spelling : new String[] {"reservedInstance", "reservedinstance", "RESERVEDINSTANCE", "virtualMachineReservedInstance"}) {
            assertThat(entitlements(customer, "?entitlementType=" + spelling).findValuesAsText("skuId")).as(spelling)
                    .containsExactly("004G", "004J");
        }
        Reply unknown = client.get("/v1/customers/" + customer + "/entitlements?entitlementType=hardware", client.userToken());
        assertThat(unknown.status()).isEqualTo(400);
        assertApiFault(unknown.json(), 900126);
        Reply badExpiry = client.get("/v1/customers/" + customer + "/entitlements?showExpiry=yes", client.userToken());
        assertThat(badExpiry.status()).isEqualTo(400);
        assertApiFault(badExpiry.json(), 3000);
    }

    @Test
    void theArtifactLinkAnswersTheReservationWithItsQuantityAndScope() {
        String customer = Shopping.ALPINE_US;
        provisionedOneTimeOrder(customer);
        Instant completedAt = CLOCK.instant();
        JsonNode reservations = entitlements(customer, "?entitlementType=reservedInstance&showExpiry=true");

        Reply shared = client.get("/v1" + reservations.get(0).get("entitledArtifacts").get(0).get("link").get("uri").asText(),
                client.appToken());
        Reply single = client.get("/v1" + reservations.get(1).get("entitledArtifacts").get(0).get("link").get("uri").asText(),
                client.appToken());

        assertThat(shared.status()).as("%s", shared).isEqualTo(200);
        assertThat(shared.json().get("type").asText()).isEqualTo("reservedinstance");
        assertThat(shared.json().get("attributes").get("objectType").asText()).isEqualTo("ReservedInstanceArtifactDetails");
        JsonNode sharedReservation = shared.json().get("reservations").get(0);
        assertThat(sharedReservation.get("reservationId").asText()).matches("[0-9a-f-]{36}");
        assertThat(sharedReservation.get("scopeType").asText()).isEqualTo("Shared");
        assertThat(sharedReservation.has("appliedScopes")).isFalse();
        assertThat(sharedReservation.get("displayName").asText()).isEqualTo("Reserved VM Instance, Standard_NV12, US East 2, 1 Year");
        assertThat(sharedReservation.get("quantity").asInt()).isEqualTo(reservations.get(0).get("quantity").asInt());
        assertThat(sharedReservation.get("expiryDateTime").asText()).isEqualTo(reservations.get(0).get("expiryDate").asText());
        assertThat(Instant.parse(sharedReservation.get("effectiveDateTime").asText())).isEqualTo(completedAt);
        assertThat(sharedReservation.get("provisioningState").asText()).isEqualTo("Succeeded");
        JsonNode singleReservation = single.json().get("reservations").get(0);
        assertThat(singleReservation.get("scopeType").asText()).isEqualTo("Single");
        assertThat(singleReservation.get("appliedScopes").get(0).asText()).isEqualTo("/subscriptions/" + Shopping.GOOD_SUBSCRIPTION);
        assertThat(singleReservation.get("reservationId").asText()).isNotEqualTo(sharedReservation.get("reservationId").asText());
    }

    @Test
    void aPendingOrderHasNoEntitlementsYet() {
        String customer = Shopping.WINGTIP_US;
        String token = client.appToken();
        String cartId = created(client, token, customer, Shopping.mixedCart()).get("id").asText();
        String orderId = checkout(client, token, customer, cartId).json().get("orders").get(1).get("id").asText();

        JsonNode pending = entitlements(customer, "");
        Reply artifact = client.get("/v1/customers/" + customer + "/artifacts/reservedinstance/groups/" + orderId + "/lineitems/0/resource/"
                + reservationOrderId(orderId, 0), client.appToken());

        assertThat(pending).isEmpty();
        assertThat(artifact.status()).isEqualTo(404);
    }

    @Test
    void entitlementsAreForAppPlusUserCallersOnly() {
        Reply reply = client.get("/v1/customers/" + Shopping.NORTHWIND_US + "/entitlements", client.appToken());

        assertThat(reply.status()).isEqualTo(403);
        assertApiFault(reply.json(), 900150);
    }

    @Test
    void anArtifactThatNamesNoReservationIsNotFound() {
        String customer = Shopping.TREY_GB;
        String orderId = provisionedOneTimeOrder(customer).get("id").asText();
        String groups = "/v1/customers/" + customer + "/artifacts/reservedinstance/groups/";

        Reply wrongResource = client.get(groups + orderId + "/lineitems/0/resource/" + reservationOrderId(orderId, 1), client.appToken());
        Reply softwareLine = client.get(groups + orderId + "/lineitems/2/resource/" + reservationOrderId(orderId, 2), client.appToken());
        Reply unknownLine = client.get(groups + orderId + "/lineitems/7/resource/" + reservationOrderId(orderId, 7), client.appToken());
        Reply unknownGroup = client.get(groups + "a68736758d9c/lineitems/0/resource/" + reservationOrderId(orderId, 0), client.appToken());
        Reply otherCustomer = client.get("/v1/customers/" + Shopping.WINGTIP_US + "/artifacts/reservedinstance/groups/" + orderId
                + "/lineitems/0/resource/" + reservationOrderId(orderId, 0), client.appToken());
        Reply unknownCustomer = client.get("/v1/customers/00000000-0000-0000-0000-000000000000/entitlements", client.userToken());

        for (Reply reply : new Reply[] {wrongResource, softwareLine, unknownLine, unknownGroup, otherCustomer}) {
            assertThat(reply.status()).as("%s", reply).isEqualTo(404);
            assertApiFault(reply.json(), 1000);
        }
        assertThat(unknownCustomer.status()).isEqualTo(404);
        assertApiFault(unknownCustomer.json(), 1000);
    }
}

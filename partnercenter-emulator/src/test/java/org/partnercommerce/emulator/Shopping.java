package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers, cart bodies and calls the cart, checkout and order tests share. */
final class Shopping {

    static final String WINGTIP_US = "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d";
    static final String TAILSPIN_US = "28045616-f6b9-462f-9701-0d89b5e65c44";
    static final String WIDE_WORLD_DE = "f81d98dd-c2f4-499e-a194-5619e260344e";
    static final String NORTHWIND_US = "932c4101-dc08-461b-b4c1-75d80e905775";
    static final String FOURTH_COFFEE_US = "ebd8b4c2-4069-46a8-bd70-123d6dec3e39";
    static final String ALPINE_US = "94cd6638-11b6-4323-8c9f-6ae3088adc59";
    static final String LITWARE_US = "c501c3c4-d776-40ef-9ecf-9cefb59442c1";
    static final String TREY_GB = "4f5d7b8e-3a2c-4e1f-9b6d-8c7a5e3f1d2b";

    static final String E5_P1M = "CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS";
    static final String O365_E5_P1Y = "CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5";
    static final String ENTRA_P1 = "CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ";
    static final String AI_BUILDER = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    static final String WINDOWS_365 = "CFQ7TTC0HHS9:0001:CFQ7TTC0HHT1";
    static final String AZURE_PLAN = "DZH318Z0BPS6:0001:DZH318Z0BNZM";
    static final String RESERVATION_1Y = "DZH318Z0BQ36:004G:DZH318Z08C0S";
    static final String WINDOWS_SERVER = "DG7GMGF0DWTL:0001:DG7GMGF0DSFM";
    static final String BARRACUDA_SMALL = "DZH318Z0BXWC:0001:DZH318Z0BMRT";
    static final String FREE_TRIAL = "DZH318Z0C0WF:0001:DZH318Z0BP69";
    static final String LEGACY_AZURE = "MS-AZR-0145P";
    static final String LEGACY_INTUNE = "DB2E705F-B82A-4024-A3D5-D88E12F2DB35";

    static final String GOOD_SUBSCRIPTION = "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e";
    static final String SHORT_SUBSCRIPTION = "bbbb1b1b-cc2c-dd3d-ee4e-ffffff5f5f5f";

    private Shopping() {
    }

    /** The documented mixed cart, as written. */
    static String mixedCart() {
        return Fixtures.text("create-cart-mixed.request.json");
    }

    /** The documented cart with attestation and participants, its past custom term end date moved to the last day of this month. */
    static String attestationCart() {
        return Fixtures.text("create-cart-attestation-participants.request.json")
                .replace("2022-02-19T00:00:00Z", lastDayOfThisMonth() + "T00:00:00Z");
    }

    static String newCommerceCart() {
        return Fixtures.text("create-cart-new-commerce.request.json");
    }

    static LocalDate lastDayOfThisMonth() {
        return LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.lastDayOfMonth());
    }

    /** A cart body of the given line objects (JSON), without ids. */
    static String cart(String... lines) {
        return "{\"lineItems\": [" + String.join(",", lines) + "]}";
    }

    /** A line object: catalog item, quantity, billing cycle, term duration (null: none) and more JSON members. */
    static String line(String catalogItemId, int quantity, String billingCycle, String termDuration, String... more) {
        List<String> members = new ArrayList<>();
        members.add("\"catalogItemId\": \"" + catalogItemId + "\"");
        members.add("\"quantity\": " + quantity);
        members.add("\"billingCycle\": \"" + billingCycle + "\"");
        if (termDuration != null) {
            members.add("\"termDuration\": \"" + termDuration + "\"");
        }
        members.addAll(List.of(more));
        return "{" + String.join(", ", members) + "}";
    }

    static String reservationContext(String subscriptionId, String scope) {
        return "\"provisioningContext\": {\"subscriptionId\": \"" + subscriptionId + "\", \"scope\": \"" + scope + "\"}";
    }

    static Reply createCart(PartnerCenterClient client, String token, String customerId, String body, String... headers) {
        return client.post("/v1/customers/" + customerId + "/carts", token, body, headers);
    }

    /** Creates the cart and expects 201; answers it. */
    static JsonNode created(PartnerCenterClient client, String token, String customerId, String body) {
        Reply reply = createCart(client, token, customerId, body);
        assertThat(reply.status()).as("create cart: %s", reply).isEqualTo(201);
        return reply.json();
    }

    static Reply checkout(PartnerCenterClient client, String token, String customerId, String cartId, String... headers) {
        return client.send("POST", "/v1/customers/" + customerId + "/carts/" + cartId + "/checkout", token, null, headers);
    }

    static JsonNode purchasesOfCart(PartnerCenterClient client, String cartId) {
        Reply reply = client.get("/emulator/v1/purchases?cartId=" + cartId, null);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("items");
    }

    static JsonNode allPurchases(PartnerCenterClient client) {
        return client.get("/emulator/v1/purchases", null).json().get("items");
    }

    static String requestId() {
        return UUID.randomUUID().toString();
    }

    static List<String> orderGroups(JsonNode cart) {
        List<String> groups = new ArrayList<>();
        cart.get("lineItems").forEach(line -> groups.add(line.path("orderGroup").asText()));
        return groups;
    }

    /** The error code of the cart's only line (0 when it has none). */
    static int lineError(JsonNode cart) {
        return cart.get("lineItems").get(0).path("error").path("errorCode").asInt(0);
    }
}

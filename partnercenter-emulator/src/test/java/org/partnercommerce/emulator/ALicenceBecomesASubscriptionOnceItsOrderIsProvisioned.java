package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;
import static org.partnercommerce.emulator.Shopping.checkout;
import static org.partnercommerce.emulator.Shopping.created;

class ALicenceBecomesASubscriptionOnceItsOrderIsProvisioned {

    private static final MutableClock CLOCK = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

    @RegisterExtension
    static final OwnEmulator partnerCenter = new OwnEmulator(EmulatorOptions.onLoopback(0).withClock(CLOCK)
            .withOrderListingDelay(Duration.ZERO).withProvisioningDelay(Duration.ofHours(1)));
    private static final PartnerCenterClient client = partnerCenter.client();

    private static JsonNode orderOfFiveE5Licences(String customer) {
        String token = client.appToken();
        String cartId = created(client, token, customer, Shopping.cart(Shopping.line(Shopping.E5_P1M, 5, "monthly", "P1Y",
                "\"friendlyName\": \"E5 for the sales team\""))).get("id").asText();
        return checkout(client, token, customer, cartId).json().get("orders").get(0);
    }

    private static Instant provision(String orderId) {
        Reply reply = client.post("/emulator/v1/orders/" + orderId + "/provision", null, "");
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return Instant.parse(reply.json().get("completedAt").asText());
    }

    private static JsonNode subscriptionsOfOrder(String customer, String orderId) {
        Reply reply = client.get("/v1/customers/" + customer + "/subscriptions?order_id=" + orderId, client.appToken());
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("attributes").get("objectType").asText()).isEqualTo("Collection");
        assertThat(reply.json().get("totalCount").asInt()).isEqualTo(reply.json().get("items").size());
        return reply.json();
    }

    @Test
    void aCheckedOutLicenceIsASubscriptionOnlyOnceItsOrderIsProvisioned() {
        String customer = Shopping.NORTHWIND_US;
        JsonNode order = orderOfFiveE5Licences(customer);
        String orderId = order.get("id").asText();

        JsonNode before = subscriptionsOfOrder(customer, orderId);
        CLOCK.advance(Duration.ofMinutes(5));
        Instant completedAt = provision(orderId);
        JsonNode after = subscriptionsOfOrder(customer, orderId);
        JsonNode line = client.get("/v1/customers/" + customer + "/orders/" + orderId, client.appToken()).json().get("lineItems").get(0);

        assertThat(before.get("items")).isEmpty();
        assertThat(before.get("links").get("self").get("uri").asText())
                .isEqualTo("/customers/" + customer + "/subscriptions?order_id=" + orderId);
        assertThat(after.get("items")).hasSize(1);
        JsonNode subscription = after.get("items").get(0);
        String subscriptionId = line.get("subscriptionId").asText();
        assertThat(subscription.get("id").asText()).isEqualTo(subscriptionId);
        assertThat(subscription.get("offerId").asText()).isEqualTo(Shopping.E5_P1M);
        assertThat(subscription.get("offerName").asText()).isEqualTo("Microsoft 365 E5");
        assertThat(subscription.get("friendlyName").asText()).isEqualTo("E5 for the sales team");
        assertThat(subscription.get("productType").get("id").asText()).isEqualTo("OnlineServices");
        assertThat(subscription.get("productType").get("displayName").asText()).isEqualTo("OnlineServices");
        assertThat(subscription.get("quantity").asInt()).isEqualTo(5);
        assertThat(subscription.get("unitType").asText()).isEqualTo("Licenses");
        assertThat(subscription.get("hasPurchasableAddons").asBoolean()).isFalse();
        assertThat(Instant.parse(subscription.get("creationDate").asText())).isEqualTo(Instant.parse(order.get("creationDate").asText()));
        assertThat(Instant.parse(subscription.get("effectiveStartDate").asText())).isEqualTo(completedAt);
        assertThat(Instant.parse(subscription.get("commitmentEndDate").asText()))
                .isEqualTo(completedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusYears(1).minusDays(1)
                        .atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        assertThat(subscription.get("status").asText()).isEqualTo("active");
        assertThat(subscription.get("autoRenewEnabled").asBoolean()).isTrue();
        assertThat(subscription.get("isTrial").asBoolean()).isFalse();
        assertThat(subscription.get("billingType").asText()).isEqualTo("license");
        assertThat(subscription.get("billingCycle").asText()).isEqualTo("monthly");
        assertThat(subscription.get("termDuration").asText()).isEqualTo("P1Y");
        assertThat(subscription.get("isMicrosoftProduct").asBoolean()).isTrue();
        assertThat(subscription.get("publisherName").asText()).isEqualTo("Microsoft Corporation");
        assertThat(subscription.has("partnerId")).isFalse();
        assertThat(subscription.get("contractType").asText()).isEqualTo("subscription");
        assertThat(subscription.get("orderId").asText()).isEqualTo(orderId);
        assertThat(subscription.get("attentionNeeded").asBoolean()).isFalse();
        assertThat(subscription.get("actionTaken").asBoolean()).isFalse();
        assertThat(subscription.get("links").get("availability").get("uri").asText())
                .isEqualTo("/products/CFQ7TTC0LFLZ/skus/0002/availabilities/CFQ7TTC0K4TS?country=US");
        assertThat(subscription.get("links").get("self").get("uri").asText())
                .isEqualTo("/customers/" + customer + "/subscriptions/" + subscriptionId);
        assertThat(subscription.get("attributes").get("objectType").asText()).isEqualTo("Subscription");
        assertThat(new String(Base64.getDecoder().decode(subscription.get("attributes").get("etag").asText()), StandardCharsets.UTF_8))
                .contains(subscriptionId);
    }

    @Test
    void theOrderLinesSubscriptionLinkAnswersTheSubscriptionAndItsProvisioningStatus() {
        String customer = Shopping.FOURTH_COFFEE_US;
        String orderId = orderOfFiveE5Licences(customer).get("id").asText();
        provision(orderId);
        JsonNode line = client.get("/v1/customers/" + customer + "/orders/" + orderId, client.appToken()).json().get("lineItems").get(0);

        String uri = line.get("links").get("subscription").get("uri").asText();
        Reply subscription = client.get("/v1" + uri, client.appToken());
        Reply status = client.get("/v1" + uri + "/provisioningstatus", client.appToken());
        Reply listed = client.get("/v1/customers/" + customer + "/subscriptions", client.appToken());

        assertThat(subscription.status()).as("%s", subscription).isEqualTo(200);
        assertThat(subscription.json().get("id").asText()).isEqualTo(line.get("subscriptionId").asText());
        assertThat(status.status()).as("%s", status).isEqualTo(200);
        assertThat(status.json().get("skuId").asText()).isEqualTo("0002");
        assertThat(status.json().get("status").asText()).isEqualTo("success");
        assertThat(status.json().get("quantity").asInt()).isEqualTo(5);
        assertThat(status.json().get("endDate").asText()).isEqualTo(subscription.json().get("commitmentEndDate").asText());
        assertThat(status.json().get("links").get("self").get("uri").asText()).isEqualTo(uri + "/provisioningstatus");
        assertThat(status.json().get("attributes").get("objectType").asText()).isEqualTo("SubscriptionProvisioningStatus");
        assertThat(listed.json().get("items").findValuesAsText("id")).contains(line.get("subscriptionId").asText());
    }

    @Test
    void aDirectOrderOfALegacyOfferBecomesASubscriptionOfItsResellerOnceProvisioned() {
        String customer = Shopping.LITWARE_US;
        Reply placed = client.post("/v1/customers/" + customer + "/orders", client.userToken(),
                Fixtures.text("create-order-indirect-reseller.request.json"), "MS-RequestId", Shopping.requestId());
        String orderId = placed.json().get("id").asText();

        JsonNode before = subscriptionsOfOrder(customer, orderId);
        provision(orderId);
        JsonNode subscription = subscriptionsOfOrder(customer, orderId).get("items").get(0);

        assertThat(before.get("items")).isEmpty();
        assertThat(subscription.get("offerId").asText()).isEqualTo(Shopping.LEGACY_INTUNE);
        assertThat(subscription.get("offerName").asText()).isEqualTo("Intune Device");
        assertThat(subscription.get("friendlyName").asText()).isEqualTo("New offer purchase.");
        assertThat(subscription.get("quantity").asInt()).isEqualTo(5);
        assertThat(subscription.get("unitType").asText()).isEqualTo("Licenses");
        assertThat(subscription.get("billingType").asText()).isEqualTo("license");
        assertThat(subscription.get("billingCycle").asText()).isEqualTo("monthly");
        assertThat(subscription.get("partnerId").asText()).isEqualTo("4847383");
        assertThat(subscription.has("commitmentEndDate")).as("no term").isFalse();
        assertThat(subscription.has("links") && subscription.get("links").has("product")).isFalse();
    }

    @Test
    void theAzurePlanIsAUsageBasedSubscription() {
        String customer = Shopping.TAILSPIN_US;
        String token = client.appToken();
        String cartId = created(client, token, customer, Shopping.cart(Shopping.line(Shopping.AZURE_PLAN, 1, "monthly", null)))
                .get("id").asText();
        String orderId = checkout(client, token, customer, cartId).json().get("orders").get(0).get("id").asText();
        provision(orderId);

        JsonNode subscription = subscriptionsOfOrder(customer, orderId).get("items").get(0);

        assertThat(subscription.get("offerName").asText()).isEqualTo("Azure plan");
        assertThat(subscription.get("productType").get("id").asText()).isEqualTo("Azure");
        assertThat(subscription.get("unitType").asText()).isEqualTo("Usage-based");
        assertThat(subscription.get("billingType").asText()).isEqualTo("usage");
        assertThat(subscription.has("commitmentEndDate")).isFalse();
        assertThat(subscription.get("autoRenewEnabled").asBoolean()).isFalse();
    }

    @Test
    void theCustomTermEndDatesRouteStillAnswersBesideTheSubscriptionsById() {
        Reply reply = client.get("/v1/customers/" + Shopping.WINGTIP_US + "/subscriptions/customTermEndDates?term_duration=P1Y",
                client.appToken());

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json().get("items").get(0).get("allowedCustomTermEndDateType").asText()).isEqualTo("calendarMonthAligned");
    }

    @Test
    void anUnknownSubscriptionOrderOrCustomerIsNotFound() {
        String subscriptions = "/v1/customers/" + Shopping.WINGTIP_US + "/subscriptions";
        Reply unknown = client.get(subscriptions + "/0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1", client.appToken());
        Reply unknownStatus = client.get(subscriptions + "/0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1/provisioningstatus", client.appToken());
        Reply unknownOrder = client.get(subscriptions + "?order_id=a68736758d9c", client.appToken());
        Reply unknownCustomer = client.get("/v1/customers/00000000-0000-0000-0000-000000000000/subscriptions", client.appToken());

        assertThat(unknown.status()).isEqualTo(404);
        assertApiFault(unknown.json(), 800002);
        assertThat(unknownStatus.status()).isEqualTo(404);
        assertApiFault(unknownStatus.json(), 800002);
        assertThat(unknownOrder.status()).isEqualTo(200);
        assertThat(unknownOrder.json().get("totalCount").asInt()).isZero();
        assertThat(unknownCustomer.status()).isEqualTo(404);
        assertApiFault(unknownCustomer.json(), 1000);
    }
}

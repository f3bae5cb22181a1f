package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;

class LegacyOffersAreServedByTheOffersApi {

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;
    private static String token;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        client = new PartnerCenterClient(emulator);
        token = client.appToken();
    }

    @Test
    void microsoftAzureIsAUsageBilledOffer() {
        Reply reply = client.get("/v1/offers/MS-AZR-0145P?country=US", token);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode offer = reply.json();
        assertThat(offer.get("id").asText()).isEqualTo("MS-AZR-0145P");
        assertThat(offer.get("name").asText()).isEqualTo("Microsoft Azure");
        assertThat(offer.get("description").asText()).isNotBlank();
        assertThat(offer.get("billing").asText()).isEqualTo("usage");
        assertThat(offer.get("minimumQuantity").asInt()).isEqualTo(1);
        assertThat(offer.get("maximumQuantity").asInt()).isEqualTo(1);
        assertThat(offer.get("isAddOn").asBoolean()).isFalse();
        assertThat(offer.get("isAvailableForPurchase").asBoolean()).isTrue();
        assertThat(offer.get("isTrial").asBoolean()).isFalse();
        assertThat(offer.get("country").asText()).isEqualTo("US");
        assertThat(offer.get("attributes").get("objectType").asText()).isEqualTo("Offer");
    }

    @Test
    void theIntuneDeviceOfferIsALicenceOfferAndItsIdIsMatchedInAnyCase() {
        JsonNode offer = client.get("/v1/offers/db2e705f-b82a-4024-a3d5-d88e12f2db35?country=us", token).json();

        assertThat(offer.get("id").asText()).isEqualTo("DB2E705F-B82A-4024-A3D5-D88E12F2DB35");
        assertThat(offer.get("name").asText()).isEqualTo("Intune Device");
        assertThat(offer.get("billing").asText()).isEqualTo("license");
        assertThat(offer.get("maximumQuantity").asInt()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void anUnknownOfferIsNotFound() {
        Reply reply = client.get("/v1/offers/00000000-0000-0000-0000-000000000000?country=US", token);

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 1000);
    }

    @Test
    void aModernCatalogItemIsSentToTheProductsApi() {
        Reply reply = client.get("/v1/offers/CFQ7TTC0LF8S:0001:CFQ7TTC0VZW5?country=US", token);

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 2100);
    }

    @Test
    void anOfferNeedsACountry() {
        Reply reply = client.get("/v1/offers/MS-AZR-0145P", token);

        assertThat(reply.status()).isEqualTo(400);
        assertApiFault(reply.json(), 3000);
    }
}

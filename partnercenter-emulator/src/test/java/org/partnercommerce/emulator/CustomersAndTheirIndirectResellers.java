package org.partnercommerce.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnercommerce.emulator.PartnerCenterClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.emulator.EveryResponseFollowsPartnerCenterConventions.assertApiFault;

class CustomersAndTheirIndirectResellers {

    private static final String EU_CUSTOMER = "f81d98dd-c2f4-499e-a194-5619e260344e";

    private static PartnerCenterEmulator emulator;
    private static PartnerCenterClient client;
    private static String appToken;
    private static String userToken;

    @BeforeAll
    static void start() {
        emulator = SharedEmulator.get();
        client = new PartnerCenterClient(emulator);
        appToken = client.appToken();
        userToken = client.userToken();
    }

    @Test
    void aCustomerHasACompanyProfileABillingProfileAndIsTheResellersCustomer() {
        Reply reply = client.get("/v1/customers/" + EU_CUSTOMER, appToken);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode customer = reply.json();
        assertThat(customer.get("id").asText()).isEqualTo(EU_CUSTOMER);
        assertThat(customer.get("companyProfile").get("tenantId").asText()).isEqualTo(EU_CUSTOMER);
        assertThat(customer.get("companyProfile").get("domain").asText()).endsWith(".onmicrosoft.com");
        assertThat(customer.get("companyProfile").get("companyName").asText()).isNotBlank();
        assertThat(customer.get("billingProfile").get("defaultAddress").get("country").asText()).isEqualTo("DE");
        assertThat(customer.get("billingProfile").get("culture").asText()).isEqualTo("de-DE");
        assertThat(customer.get("billingProfile").get("language").asText()).isEqualTo("de");
        assertThat(customer.get("relationshipToPartner").asText()).isEqualTo("reseller");
        assertThat(customer.get("attributes").get("objectType").asText()).isEqualTo("Customer");
    }

    @Test
    void everyFixtureCustomerIsKnownInItsCountry() {
        assertThat(country("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d")).isEqualTo("US");
        assertThat(country("28045616-f6b9-462f-9701-0d89b5e65c44")).isEqualTo("US");
        assertThat(country("932c4101-dc08-461b-b4c1-75d80e905775")).isEqualTo("US");
        assertThat(country("ebd8b4c2-4069-46a8-bd70-123d6dec3e39")).isEqualTo("US");
        assertThat(country("94cd6638-11b6-4323-8c9f-6ae3088adc59")).isEqualTo("US");
        assertThat(country("c501c3c4-d776-40ef-9ecf-9cefb59442c1")).isEqualTo("US");
        assertThat(country(EU_CUSTOMER)).isEqualTo("DE");
        assertThat(country("4f5d7b8e-3a2c-4e1f-9b6d-8c7a5e3f1d2b")).isEqualTo("GB");
        assertThat(country("a7c3e9f1-5b2d-4d8a-8e6f-2c4b6d8f0a1e")).isEqualTo("JP");
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        Reply reply = client.get("/v1/customers/00000000-0000-0000-0000-000000000000", appToken);

        assertThat(reply.status()).isEqualTo(404);
        assertApiFault(reply.json(), 1000);
    }

    @Test
    void theEuCustomerBuysThroughThreeIndirectResellers() {
        Reply reply = client.get("/v1/customers/" + EU_CUSTOMER + "/relationships", userToken);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode relationships = reply.json();
        assertThat(relationships.get("totalCount").asInt()).isEqualTo(3);
        assertThat(relationships.get("items").findValuesAsText("mpnId")).containsExactly("5357564", "517285", "5357563");
        JsonNode first = relationships.get("items").get(0);
        assertThat(first.get("relationshipType").asText()).isEqualTo("is_indirect_cloud_solution_provider_of");
        assertThat(first.get("name").asText()).isNotBlank();
        assertThat(first.get("id").asText()).isNotBlank();
        assertThat(first.get("attributes").get("objectType").asText()).isEqualTo("PartnerRelationship");
    }

    @Test
    void theIndirectResellerOfTheOrderFixtureIsTheCustomersReseller() {
        JsonNode relationships = client.get("/v1/customers/c501c3c4-d776-40ef-9ecf-9cefb59442c1/relationships", userToken).json();

        assertThat(relationships.get("items").findValuesAsText("mpnId")).containsExactly("4847383");
        assertThat(relationships.get("items").get(0).get("name").asText()).isEqualTo("First Up Consultants");
    }

    @Test
    void reseller5357564AlsoServesAnAmericanCustomer() {
        JsonNode relationships = client.get("/v1/customers/94cd6638-11b6-4323-8c9f-6ae3088adc59/relationships", userToken).json();

        assertThat(relationships.get("items").findValuesAsText("mpnId")).containsExactly("5357564");
    }

    @Test
    void aCustomerWithoutResellersHasNoRelationships() {
        JsonNode relationships = client.get("/v1/customers/d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d/relationships", userToken).json();

        assertThat(relationships.get("totalCount").asInt()).isZero();
    }

    @Test
    void theCustomersResellersNeedAnAppPlusUserToken() {
        Reply reply = client.get("/v1/customers/" + EU_CUSTOMER + "/relationships", appToken);

        assertThat(reply.status()).isEqualTo(403);
        assertApiFault(reply.json(), 900150);
    }

    @Test
    void thePartnersIndirectResellersAreListed() {
        Reply reply = client.get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", userToken);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode items = reply.json().get("items");
        assertThat(items.findValuesAsText("mpnId")).containsExactlyInAnyOrder("5357564", "517285", "5357563", "4847383");
        items.forEach(item -> {
            assertThat(item.get("relationshipType").asText()).isEqualTo("is_indirect_cloud_solution_provider_of");
            assertThat(item.get("state").asText()).isEqualTo("Active");
            assertThat(item.get("location").asText()).hasSize(2);
        });
    }

    @Test
    void theRelationshipTypeIsReadInEitherSpelling() {
        assertThat(client.get("/v1/relationships?relationship_type=is_indirect_cloud_solution_provider_of", userToken).json()
                .get("totalCount").asInt()).isEqualTo(4);
    }

    @Test
    void thePartnerIsNobodysIndirectReseller() {
        assertThat(client.get("/v1/relationships?relationship_type=IsIndirectResellerOf", userToken).json().get("totalCount").asInt()).isZero();
    }

    @Test
    void thePartnersResellersNeedAnAppPlusUserToken() {
        Reply reply = client.get("/v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf", appToken);

        assertThat(reply.status()).isEqualTo(403);
        assertApiFault(reply.json(), 900150);
    }

    @Test
    void listingRelationshipsNeedsAKnownRelationshipType() {
        Reply missing = client.get("/v1/relationships", userToken);
        Reply unknown = client.get("/v1/relationships?relationship_type=IsBestFriendOf", userToken);

        assertThat(missing.status()).isEqualTo(400);
        assertApiFault(missing.json(), 3000);
        assertThat(unknown.status()).isEqualTo(400);
        assertApiFault(unknown.json(), 900126);
    }

    @Test
    void thePartnerIsAnIndirectProviderWithItsOwnMpnId() {
        JsonNode profile = client.get("/v1/profiles/mpn", appToken).json();

        assertThat(profile.get("mpnId").asText()).isEqualTo("1234567");
        assertThat(profile.get("partnerName").asText()).isEqualTo("Contoso Partner");
        assertThat(profile.get("profileType").asText()).isEqualTo("MpnProfile");
    }

    private String country(String customerId) {
        Reply reply = client.get("/v1/customers/" + customerId, appToken);
        assertThat(reply.status()).as(customerId).isEqualTo(200);
        return reply.json().get("billingProfile").get("defaultAddress").get("country").asText();
    }
}

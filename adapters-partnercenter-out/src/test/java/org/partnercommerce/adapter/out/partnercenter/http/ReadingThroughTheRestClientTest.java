package org.partnercommerce.adapter.out.partnercenter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.adapter.out.partnercenter.http.ScriptedPartnerCenter.Answer.json;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.RestPartnerCenterCatalog;
import org.partnercommerce.adapter.out.partnercenter.catalog.PartnerCenterCatalogClient;
import org.partnercommerce.adapter.out.partnercenter.catalog.ProductDto;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.shared.Country;

/** The Partner Center client reads and writes Partner Center's own JSON dialect; no other client gets it. */
@QuarkusTest
@TestProfile(RetryingThroughTheRestClientTest.AgainstAScriptedPartnerCenter.class)
class ReadingThroughTheRestClientTest {

    @Inject
    PartnerCenterCatalog catalog;

    @Inject
    @CacheName(RestPartnerCenterCatalog.CACHE)
    Cache cache;

    @BeforeEach
    void startAfresh() {
        cache.invalidateAll().await().indefinitely();
    }

    @Test
    void pascalCaseNamesStringNumbersAndUnknownBillingCyclesAreReadByTheClient() {
        ScriptedPartnerCenterResource.server().script(json(200, """
                {"Id": "CFQ7TTC0K4TS", "ProductId": "CFQ7TTC0LFLZ", "SkuId": "0002", "Country": "US",
                 "DefaultCurrency": {"Code": "USD", "Symbol": "$"}, "IsPurchasable": "true", "Segment": "Commercial",
                 "Terms": [{"Id": "a", "Duration": "P1M", "BillingCycle": "Monthly"},
                           {"Id": "b", "Duration": "P2Y", "BillingCycle": "Biennial"},
                           {"Id": "c", "Duration": "P1Y", "BillingCycle": "Fortnightly", "SomethingNew": [1, 2]}]}
                """));

        Availability availability = catalog.availability(ProductId.of("CFQ7TTC0LFLZ"), SkuId.of("0002"),
                AvailabilityId.of("CFQ7TTC0K4TS"), Country.of("US"));

        assertThat(availability.purchasable()).isTrue();
        assertThat(availability.defaultCurrency().code()).isEqualTo("USD");
        assertThat(availability.terms()).extracting(term -> term.billingCycle())
                .containsExactly(BillingCycle.MONTHLY, BillingCycle.BIENNIAL, BillingCycle.UNKNOWN);
    }

    @Test
    void anInventoryCheckIsSentInCamelCaseWithoutTheSkuItDoesNotName() {
        ScriptedPartnerCenter partnerCenter = ScriptedPartnerCenterResource.server();
        partnerCenter.script(json(200, "[]"));

        catalog.checkInventory(Country.of("US"), new InventoryCheck(List.of(new InventoryTarget(ProductId.of("DZH318Z0BQ36"), null)),
                Map.of("customerId", "d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d")));

        assertThat(partnerCenter.received()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.pathAndQuery()).isEqualTo("/v1/extensions/product/checkInventory?country=US");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(request.body()).isEqualTo("{\"targetItems\":[{\"productId\":\"DZH318Z0BQ36\"}],"
                    + "\"inventoryContext\":{\"customerId\":\"d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d\"}}");
        });
    }

    /** A client of another service, without Partner Center's dialect registered. */
    @Path("/v1")
    public interface AnotherServicesClient {

        @GET
        @Path("/products/{id}")
        ProductDto product(@PathParam("id") String id);
    }

    @Test
    void otherRestClientsDoNotGetPartnerCentersJsonDialect() {
        ScriptedPartnerCenter partnerCenter = ScriptedPartnerCenterResource.server();
        partnerCenter.script(json(200, "{\"Id\": \"CFQ7TTC0LH0Z\", \"Title\": \"AI Builder Capacity add-on T1\"}"),
                json(200, "{\"Id\": \"CFQ7TTC0LH0Z\", \"Title\": \"AI Builder Capacity add-on T1\"}"));
        AnotherServicesClient another = QuarkusRestClientBuilder.newBuilder().baseUri(partnerCenter.baseUri())
                .build(AnotherServicesClient.class);

        ProductDto readWithoutTheDialect = another.product("CFQ7TTC0LH0Z");
        ProductDto readWithTheDialect = PartnerCenterClients.build(PartnerCenterCatalogClient.class, partnerCenter.baseUri(),
                Duration.ofSeconds(1), Duration.ofSeconds(1)).product(new RequestHeaders("Bearer x", "r", new ServedRequest("c", "en-US")), "CFQ7TTC0LH0Z", "US", null);

        assertThat(readWithoutTheDialect.id()).isNull();
        assertThat(readWithTheDialect.id()).isEqualTo("CFQ7TTC0LH0Z");
    }
}

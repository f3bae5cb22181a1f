package org.partnercommerce.adapter.out.partnercenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.InstantSource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.Country;

/** Customers against the emulator: country and segments, and indirect resellers known to App+User tokens only. */
@QuarkusTest
@WithTestResource(PartnerCenterEmulatorResource.class)
class ReadingCustomersTest {

    private static final CustomerId WINGTIP = CustomerId.of("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");
    private static final CustomerId WIDE_WORLD = CustomerId.of("f81d98dd-c2f4-499e-a194-5619e260344e");

    @Inject
    PartnerCenterCustomers customers;

    @Inject
    PartnerCenterConfig config;

    @Inject
    OidcClients oidcClients;

    @Inject
    @CacheName(RestPartnerCenterCustomers.CACHE)
    Cache cache;

    @BeforeEach
    void startAfresh() {
        cache.invalidateAll().await().indefinitely();
        RecordedExchanges.clear();
    }

    @Test
    void aCustomerIsReadWithTheCountryOfItsBillingAddressInTheCommercialSegment() {
        Customer customer = customers.customer(WINGTIP);

        assertThat(customer.id()).isEqualTo(WINGTIP);
        assertThat(customer.country()).isEqualTo(Country.of("US"));
        assertThat(customer.segments()).containsExactly(TargetSegment.COMMERCIAL);
        assertThat(customer.resellers()).isEqualTo(IndirectResellers.known(java.util.Set.of()));
    }

    @Test
    void theIndirectResellersOfACustomerAreKnownWithAnAppPlusUserToken() {
        Customer customer = customers.customer(WIDE_WORLD);

        assertThat(customer.country()).isEqualTo(Country.of("DE"));
        assertThat(customer.resellers()).isInstanceOfSatisfying(IndirectResellers.Known.class, known ->
                assertThat(known.partnerIds()).containsExactlyInAnyOrder(
                        PartnerId.of("5357564"), PartnerId.of("517285"), PartnerId.of("5357563")));
    }

    @Test
    void withAnAppOnlyTokenTheResellersAreUnknownAndThatIsLoggedOnce() {
        PartnerCenterConfig appOnly = new AppOnlyConfig(config);
        RestPartnerCenterCustomers appOnlyCustomers = new RestPartnerCenterCustomers(new PartnerCenterCalls(appOnly, InstantSource.system(), oidcClients), appOnly);
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(RestPartnerCenterCustomers.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            Customer first = appOnlyCustomers.customer(WIDE_WORLD);
            Customer second = appOnlyCustomers.customer(WINGTIP);

            assertThat(first.country()).isEqualTo(Country.of("DE"));
            assertThat(first.resellers()).isInstanceOf(IndirectResellers.Unknown.class);
            assertThat(second.resellers()).isInstanceOf(IndirectResellers.Unknown.class);
        } finally {
            log.removeHandler(handler);
        }
        assertThat(RecordedExchanges.answered()).filteredOn(answered -> answered.request().path().endsWith("/relationships"))
                .extracting(RecordedExchanges.Answered::status).containsExactly(403, 403);
        assertThat(logged).singleElement().satisfies(record -> assertThat(record.getLevel()).isEqualTo(Level.INFO));
    }

    @Test
    void aCustomerThatIsNotThePartnersIsNotFound() {
        assertThatThrownBy(() -> customers.customer(CustomerId.of(UUID.randomUUID().toString())))
                .isInstanceOfSatisfying(PartnerCenterException.NotFound.class, notFound ->
                        assertThat(notFound.code()).isEqualTo("1000"));
    }

    @Test
    void aCustomerIsAskedOfPartnerCenterOnceWhileCached() {
        Customer first = customers.customer(WIDE_WORLD);
        Customer second = customers.customer(WIDE_WORLD);

        assertThat(second).isEqualTo(first);
        assertThat(RecordedExchanges.sentTo("/v1/customers/" + WIDE_WORLD.value())).hasSize(1);
        assertThat(RecordedExchanges.sentTo("/v1/customers/" + WIDE_WORLD.value() + "/relationships")).hasSize(1);
    }
}

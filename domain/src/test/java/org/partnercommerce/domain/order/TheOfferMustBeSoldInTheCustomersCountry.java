package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.testing.DirectOrders.INTUNE_DEVICE;
import static org.partnercommerce.domain.testing.DirectOrders.intuneDevice;
import static org.partnercommerce.domain.testing.DirectOrders.line;
import static org.partnercommerce.domain.testing.DirectOrders.order;
import static org.partnercommerce.domain.testing.DirectOrders.problemsOf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.OfferBilling;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.OrderRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;

class TheOfferMustBeSoldInTheCustomersCountry {

    private static final String LICENCE = "CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS";

    @Test
    void a_legacy_offer_and_a_catalog_item_sold_in_the_country_are_accepted_alike() {
        assertThat(problemsOf(order(line(0, INTUNE_DEVICE, 5), line(1, LICENCE, 5)), intuneDevice(),
                CatalogItems.licence(LICENCE).build())).isEmpty();
    }

    @Test
    void an_offer_the_catalog_of_the_country_does_not_have_is_800004() {
        assertThat(problemsOf(order(line(0, INTUNE_DEVICE, 5)))).singleElement().satisfies(problem -> {
            assertThat(problem).isInstanceOf(OrderRuleViolation.OfferNotValid.class);
            assertThat(problem.code()).isEqualTo("800004");
            assertThat(problem.field()).isEqualTo("offerId");
            assertThat(problem.line()).contains(0);
            assertThat(problem.reason()).contains(INTUNE_DEVICE, "US");
        });
    }

    @Test
    void an_offer_sold_in_another_country_is_800004() {
        assertThat(problemsOf(order(line(0, INTUNE_DEVICE, 5)), offer(Country.of("DE"), true)))
                .extracting(OrderRuleViolation::code).containsExactly("800004");
        assertThat(problemsOf(order(line(0, LICENCE, 5)), CatalogItems.licence(LICENCE).soldIn("DE", "EUR").build()))
                .extracting(OrderRuleViolation::code).containsExactly("800004");
    }

    @Test
    void an_offer_that_can_no_longer_be_bought_is_800020() {
        assertThat(problemsOf(order(line(0, INTUNE_DEVICE, 5)), offer(Country.of("US"), false)))
                .extracting(OrderRuleViolation::code).containsExactly("800020");
        assertThat(problemsOf(order(line(0, LICENCE, 5)), CatalogItems.licence(LICENCE).notPurchasable().build()))
                .extracting(OrderRuleViolation::code).containsExactly("800020");
    }

    private static CatalogItem offer(Country country, boolean availableForPurchase) {
        return CatalogItem.legacy(new Offer(new CatalogItemId.LegacyOffer(INTUNE_DEVICE), "Intune Device", 1, 10_000,
                OfferBilling.LICENSE, List.of(BillingCycle.MONTHLY), false, false, availableForPurchase, country));
    }
}

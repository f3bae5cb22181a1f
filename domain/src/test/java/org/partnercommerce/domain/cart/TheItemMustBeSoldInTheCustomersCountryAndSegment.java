package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.INDIRECT_PROVIDER;
import static org.partnercommerce.domain.testing.Purchases.customerIn;
import static org.partnercommerce.domain.testing.Purchases.line;
import static org.partnercommerce.domain.testing.Purchases.problemsOf;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.OfferBilling;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.testing.CatalogItems;

class TheItemMustBeSoldInTheCustomersCountryAndSegment {

    private static final String ID = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";

    @Test
    void an_availability_of_another_country_is_800070() {
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1M"), CatalogItems.licence(ID).soldIn("DE", "EUR").build()))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.code()).isEqualTo("800070");
                    assertThat(problem.reason()).contains("DE", "US");
                });
    }

    @Test
    void an_availability_of_a_segment_the_customer_does_not_buy_in_is_800070() {
        CatalogItem education = CatalogItems.licence(ID).segment(TargetSegment.EDUCATION).build();

        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1M"), education)).extracting(CartRuleViolation::code).containsExactly("800070");
        PurchaseContext school = PurchaseContext.of(customerIn("US").withSegments(Set.of(TargetSegment.COMMERCIAL,
                TargetSegment.EDUCATION)), INDIRECT_PROVIDER);
        assertThat(problemsOf(List.of(line(ID, 1, MONTHLY, "P1M")), school, education)).isEmpty();
    }

    @Test
    void an_availability_that_is_not_purchasable_is_800020() {
        assertThat(problemsOf(line(ID, 1, MONTHLY, "P1M"), CatalogItems.licence(ID).notPurchasable().build()))
                .extracting(CartRuleViolation::code).containsExactly("800020");
    }

    @Test
    void a_legacy_offer_no_longer_available_is_500600_and_one_of_another_country_800070() {
        Offer retired = new Offer(new CatalogItemId.LegacyOffer("MS-AZR-0145P"), "Microsoft Azure", 1, 1, OfferBilling.USAGE,
                List.of(MONTHLY), false, false, false, Country.of("GB"));

        assertThat(problemsOf(line("MS-AZR-0145P", 1, MONTHLY), CatalogItem.legacy(retired)))
                .extracting(CartRuleViolation::code).containsExactly("800070", "500600");
    }
}

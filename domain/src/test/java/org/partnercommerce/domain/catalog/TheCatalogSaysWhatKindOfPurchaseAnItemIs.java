package org.partnercommerce.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.testing.CatalogItems;

/** The kinds the cart rules need, read from the catalog data alone (see {@link PurchaseKind}). */
class TheCatalogSaysWhatKindOfPurchaseAnItemIs {

    @Test
    void each_documented_kind_is_recognised() {
        assertThat(CatalogItems.licence("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P").build().kind()).isEqualTo(PurchaseKind.LICENCE_BASED);
        assertThat(CatalogItems.azurePlan("DZH318Z0BPS6:0001:DZH318Z0BPS7").build().kind()).isEqualTo(PurchaseKind.AZURE_PLAN);
        assertThat(CatalogItems.reservation("DZH318Z0BQ36:004G:DZH318Z08C0S", "P1Y").build().kind())
                .isEqualTo(PurchaseKind.AZURE_RESERVATION);
        assertThat(CatalogItems.perpetualSoftware("DG7GMGF0DWTL:0001:DG7GMGF0DSFM").build().kind())
                .isEqualTo(PurchaseKind.PERPETUAL_SOFTWARE);
        assertThat(CatalogItems.saas("DZH318Z0BXWC:0002:DZH318Z0BMRV").build().kind()).isEqualTo(PurchaseKind.SUBSCRIPTION);
        assertThat(CatalogItems.freeTrial("DZH318Z0C0WF:0001:DZH318Z0BP69").build().kind()).isEqualTo(PurchaseKind.FREE_TRIAL);
        assertThat(CatalogItem.legacy(CatalogItems.legacyOffer("MS-AZR-0145P")).kind()).isEqualTo(PurchaseKind.LEGACY_OFFER);
    }

    @Test
    void an_availability_without_terms_is_read_from_the_skus_billing_cycles() {
        assertThat(CatalogItems.perpetualSoftware("DG7GMGF0DWTL:0001:DG7GMGF0DSFM").noTerms().build().kind())
                .isEqualTo(PurchaseKind.PERPETUAL_SOFTWARE);
        assertThat(CatalogItems.azurePlan("DZH318Z0BPS6:0001:DZH318Z0BPS7").noTerms().build().kind())
                .isEqualTo(PurchaseKind.AZURE_PLAN);
    }

    @Test
    void microsoft_software_subscriptions_billed_one_time_are_not_licence_based() {
        assertThat(CatalogItems.licence("DG7GMGF0D5RK:0002:DG7GMGF0D5QH").noTerms().term("P3Y", BillingCycle.ONE_TIME)
                .supportedCycles(BillingCycle.ONE_TIME).build().kind()).isEqualTo(PurchaseKind.SUBSCRIPTION);
    }

    @Test
    void the_catalog_finds_an_item_by_its_id_in_any_case() {
        CatalogItem licence = CatalogItems.licence("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P").build();

        assertThat(Catalog.of(licence).find(CatalogItemId.parse("cfq7ttc0lh0z:0001:cfq7ttc0k18p"))).contains(licence);
        assertThat(Catalog.of(licence).find(CatalogItemId.parse("MS-AZR-0145P"))).isEmpty();
    }
}

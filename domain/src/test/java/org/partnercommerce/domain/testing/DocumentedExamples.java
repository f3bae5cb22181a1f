package org.partnercommerce.domain.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CustomTermEndDate;
import org.partnercommerce.domain.cart.Participant;
import org.partnercommerce.domain.cart.ProvisioningContext;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.cart.RenewsTo;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.InventoryResult;
import org.partnercommerce.domain.catalog.InventoryResults;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.Country;

/**
 * The carts of Partner Center's documentation (the {@code examples} module), as
 * requests, with a catalog that sells what they buy.
 */
public final class DocumentedExamples {

    public static final String SUBSCRIPTION = "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e";

    private DocumentedExamples() {
    }

    /** {@code create-cart-mixed.request.json}: legacy Azure, two reservations, perpetual software, SaaS, a free trial. */
    public static CartDraft mixedCart() {
        return CartDraft.of(Purchases.CUSTOMER, List.of(
                line("MS-AZR-0145P", 1, BillingCycle.MONTHLY).withTermDuration(TermDuration.ONE_YEAR),
                line("DZH318Z0BQ36:004G:DZH318Z08C0S", 1, BillingCycle.ONE_TIME).withTermDuration(TermDuration.ONE_YEAR)
                        .withProvisioningContext(ProvisioningContext.of(Map.of("subscriptionId", SUBSCRIPTION, "scope", "shared"))),
                line("DZH318Z0BQ36:004J:DZH318Z08B8X", 1, BillingCycle.ONE_TIME).withTermDuration(TermDuration.THREE_YEARS)
                        .withProvisioningContext(ProvisioningContext.of(Map.of("subscriptionId", SUBSCRIPTION, "scope", "single"))),
                line("DG7GMGF0DWTL:0001:DG7GMGF0DSFM", 1, BillingCycle.ONE_TIME),
                line("DZH318Z0BXWC:0002:DZH318Z0BMRV", 1, BillingCycle.MONTHLY).withTermDuration(TermDuration.ONE_MONTH),
                line("DZH318Z0C0WF:0001:DZH318Z0BP69", 10, BillingCycle.NONE).withTermDuration(TermDuration.ONE_MONTH)
                        .withRenewsTo(RenewsTo.of(TermDuration.ONE_YEAR))));
    }

    public static Catalog mixedCatalog() {
        return Catalog.of(
                CatalogItem.legacy(CatalogItems.legacyOffer("MS-AZR-0145P", BillingCycle.MONTHLY)),
                CatalogItems.reservation("DZH318Z0BQ36:004G:DZH318Z08C0S", "P1Y").build(),
                CatalogItems.reservation("DZH318Z0BQ36:004J:DZH318Z08B8X", "P3Y").build(),
                CatalogItems.perpetualSoftware("DG7GMGF0DWTL:0001:DG7GMGF0DSFM").build(),
                CatalogItems.saas("DZH318Z0BXWC:0002:DZH318Z0BMRV").build(),
                CatalogItems.freeTrial("DZH318Z0C0WF:0001:DZH318Z0BP69").build());
    }

    /** The mixed cart's customer (US), with passing inventory checks for both reservations. */
    public static PurchaseContext mixedPurchase() {
        Map<String, String> context = Map.of("customerId", Purchases.CUSTOMER.value(), "azureSubscriptionId", SUBSCRIPTION,
                "armRegionName", "eastus2");
        return Purchases.usPurchase().withInventory(InventoryResults.of(List.of(
                passing(context, "DZH318Z0BQ36", "004G"),
                passing(context, "DZH318Z0BQ36", "004J"))));
    }

    public static InventoryResult passing(Map<String, String> context, String productId, String skuId) {
        InventoryTarget target = new InventoryTarget(org.partnercommerce.domain.catalog.ProductId.of(productId),
                org.partnercommerce.domain.catalog.SkuId.of(skuId));
        return new InventoryResult(new InventoryCheck(List.of(target), context),
                List.of(new InventoryItem(target.productId(), target.skuId(), false, List.of())));
    }

    public static final CustomerId EU_CUSTOMER = CustomerId.of("f81d98dd-c2f4-499e-a194-5619e260344e");

    /**
     * {@code create-cart-attestation-participants.request.json}, its custom term end date
     * moved to the last day of the current month (the documented 2022-02-19 is in the past).
     */
    public static CartDraft attestationAndParticipantsCart() {
        LocalDate endOfMonth = LocalDate.ofInstant(Purchases.NOW, ZoneOffset.UTC).with(TemporalAdjusters.lastDayOfMonth());
        return new CartDraft(EU_CUSTOMER, List.of(
                line("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", 1, BillingCycle.MONTHLY).withTermDuration(TermDuration.ONE_MONTH)
                        .withCustomTermEndDate(CustomTermEndDate.of(endOfMonth)),
                line("CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ", 2, BillingCycle.MONTHLY).withTermDuration(TermDuration.ONE_YEAR)
                        .withParticipants(List.of(
                                Participant.transactionReseller("5357564"),
                                Participant.additionalTransactionReseller("517285"),
                                Participant.additionalTransactionReseller("5357563")))),
                true);
    }

    public static Catalog attestationAndParticipantsCatalog() {
        return Catalog.of(
                CatalogItems.licence("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P").title("Microsoft 365 Business Basic").soldIn("DE", "EUR").build(),
                CatalogItems.licence("CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ").title("Microsoft 365 E3").soldIn("DE", "EUR").build());
    }

    /** An EU/EEA customer of the indirect resellers 5357564, 517285 and 5357563, bought for by an indirect provider. */
    public static PurchaseContext attestationAndParticipantsPurchase() {
        Customer customer = Customer.commercial(EU_CUSTOMER, Country.of("DE")).withResellers(IndirectResellers.known(
                java.util.Set.of(PartnerId.of("5357564"), PartnerId.of("517285"), PartnerId.of("5357563"))));
        return PurchaseContext.of(customer, Purchases.INDIRECT_PROVIDER).withTermEndDates(Purchases.monthEnds());
    }

    public static final CustomerId NEW_COMMERCE_CUSTOMER = CustomerId.of("932c4101-dc08-461b-b4c1-75d80e905775");

    /** {@code create-cart-new-commerce.request.json}. */
    public static CartDraft newCommerceCart() {
        return CartDraft.of(NEW_COMMERCE_CUSTOMER, List.of(
                line("CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS", 1, BillingCycle.parse("Monthly")).withTermDuration(TermDuration.parse("P1M"))));
    }

    public static Catalog newCommerceCatalog() {
        return Catalog.of(CatalogItems.licence("CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS").title("Microsoft 365 Business Standard").build());
    }

    public static PurchaseContext newCommercePurchase() {
        return PurchaseContext.of(Customer.commercial(NEW_COMMERCE_CUSTOMER, Country.of("US")), Purchases.DIRECT_BILL_PARTNER);
    }

    private static CartLine line(String catalogItemId, int quantity, BillingCycle cycle) {
        return CartLine.of(CatalogItemId.parse(catalogItemId), quantity, cycle);
    }
}

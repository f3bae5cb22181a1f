package org.partnercommerce.adapter.out.partnercenter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterCustomers;
import org.partnercommerce.application.port.out.PartnerCenterSubscriptions;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.AllowedTermEndDates;
import org.partnercommerce.domain.cart.CustomTermEndDate;
import org.partnercommerce.domain.cart.Participant;
import org.partnercommerce.domain.cart.ProvisioningContext;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.cart.RenewsTo;
import org.partnercommerce.domain.cart.ValidatedCart;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.InventoryResult;
import org.partnercommerce.domain.catalog.InventoryResults;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;

/**
 * The carts of Partner Center's documentation (the {@code examples} module's {@code create-cart-*.request.json}),
 * built as the domain builds them ({@link CartDraft}) and validated as the service validates them:
 * against the emulator's catalog, customers and inventory, read through this adapter's own ports.
 * The custom term end date of the documented request (2022-02-19, long past) is moved to the last
 * day of the current month, as the fixtures' README says.
 */
final class DocumentedCarts {

    /** The emulator's partner: an indirect provider. */
    static final Partner PARTNER = new Partner.IndirectProvider(PartnerId.of("1234567"));
    static final String SUBSCRIPTION = "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e";
    /** An Azure subscription the emulator refuses reservations in {@code eastus2} (inventory). */
    static final String RESTRICTED_SUBSCRIPTION = "bbbb1b1b-cc2c-dd3d-ee4e-ffffff5f5f5f";

    static final CustomerId MIXED_CUSTOMER = CustomerId.of("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");
    static final CustomerId EU_CUSTOMER = CustomerId.of("f81d98dd-c2f4-499e-a194-5619e260344e");
    static final CustomerId NEW_COMMERCE_CUSTOMER = CustomerId.of("932c4101-dc08-461b-b4c1-75d80e905775");
    /** Trey Research (GB): no documented cart buys for it, so its orders are the tests' own. */
    static final CustomerId GB_CUSTOMER = CustomerId.of("4f5d7b8e-3a2c-4e1f-9b6d-8c7a5e3f1d2b");

    private final PartnerCenterCatalog catalog;
    private final PartnerCenterCustomers customers;
    private final PartnerCenterSubscriptions subscriptions;

    DocumentedCarts(PartnerCenterCatalog catalog, PartnerCenterCustomers customers, PartnerCenterSubscriptions subscriptions) {
        this.catalog = catalog;
        this.customers = customers;
        this.subscriptions = subscriptions;
    }

    /** {@code create-cart-mixed.request.json}: legacy Azure, two reservations, perpetual software, SaaS, a free trial. */
    static CartDraft mixed() {
        return CartDraft.of(MIXED_CUSTOMER, List.of(
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

    /** {@code create-cart-attestation-participants.request.json}, its custom term end date moved to this month's last day. */
    static CartDraft attestationAndParticipants() {
        LocalDate endOfMonth = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.lastDayOfMonth());
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

    /** {@code create-cart-new-commerce.request.json}. */
    static CartDraft newCommerce() {
        return newCommerce(NEW_COMMERCE_CUSTOMER, 1);
    }

    /** The new-commerce request's line (Microsoft 365 E5, P1M billed monthly), for another customer or quantity. */
    static CartDraft newCommerce(CustomerId customer, int quantity) {
        return CartDraft.of(customer, List.of(
                line("CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS", quantity, BillingCycle.parse("Monthly")).withTermDuration(TermDuration.parse("P1M"))));
    }

    /** A reservation in a subscription the emulator restricts, and a SaaS line that is fine: two order groups. */
    static CartDraft reservationInARestrictedSubscriptionAndSaas() {
        return CartDraft.of(MIXED_CUSTOMER, List.of(
                line("DZH318Z0BQ36:004G:DZH318Z08C0S", 1, BillingCycle.ONE_TIME).withTermDuration(TermDuration.ONE_YEAR)
                        .withProvisioningContext(ProvisioningContext.of(Map.of("subscriptionId", RESTRICTED_SUBSCRIPTION, "scope", "shared"))),
                line("DZH318Z0BXWC:0002:DZH318Z0BMRV", 1, BillingCycle.MONTHLY).withTermDuration(TermDuration.ONE_MONTH)));
    }

    /** The draft validated with the catalog, customer and inventory Partner Center gives now. */
    ValidatedCart validated(CartDraft draft) {
        return validated(draft, false);
    }

    /**
     * The draft validated with inventory answers that say "available" whatever Partner Center says
     * now: the stale answer of an earlier check, so that Partner Center itself sets the line error.
     */
    ValidatedCart validatedWithStaleInventory(CartDraft draft) {
        return validated(draft, true);
    }

    private ValidatedCart validated(CartDraft draft, boolean staleInventory) {
        Customer customer = customers.customer(draft.customerId());
        List<CatalogItem> items = new ArrayList<>();
        for (CatalogItemId id : draft.catalogItemIds()) {
            items.add(switch (id) {
                case CatalogItemId.Modern modern -> CatalogItem.modern(
                        catalog.product(modern.productId(), customer.country(), null),
                        catalog.sku(modern.productId(), modern.skuId(), customer.country(), null),
                        catalog.availability(modern.productId(), modern.skuId(), modern.availabilityId(), customer.country()));
                case CatalogItemId.LegacyOffer legacy -> CatalogItem.legacy(catalog.offer(legacy, customer.country()));
            });
        }
        Catalog snapshot = Catalog.of(items);
        List<InventoryResult> inventory = new ArrayList<>();
        for (InventoryCheck check : draft.inventoryChecks(snapshot)) {
            List<InventoryItem> answer = staleInventory
                    ? check.targetItems().stream().map(target -> new InventoryItem(target.productId(),
                            target.sku().orElseThrow(), false, List.of())).toList()
                    : catalog.checkInventory(customer.country(), check);
            inventory.add(new InventoryResult(check, answer));
        }
        AllowedTermEndDates termEndDates = AllowedTermEndDates.none();
        for (TermDuration term : draft.customTermEndDateTerms()) {
            termEndDates = termEndDates.with(term, subscriptions.customTermEndDates(customer.id(), term));
        }
        PurchaseContext purchase = PurchaseContext.of(customer, PARTNER).withInventory(InventoryResults.of(inventory))
                .withTermEndDates(termEndDates);
        return draft.validate(snapshot, purchase, Instant.now()).orElseThrow();
    }

    private static CartLine line(String catalogItemId, int quantity, BillingCycle cycle) {
        return CartLine.of(CatalogItemId.parse(catalogItemId), quantity, cycle);
    }
}

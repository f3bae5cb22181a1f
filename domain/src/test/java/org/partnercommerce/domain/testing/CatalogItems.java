package org.partnercommerce.domain.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.catalog.AttestationProperties;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityTerm;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.DefaultCurrency;
import org.partnercommerce.domain.catalog.ItemType;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.OfferBilling;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.Country;

/** Builds catalog items for tests: a licence by default, changed by the methods. */
public final class CatalogItems {

    private final CatalogItemId.Modern id;
    private String title;
    private boolean microsoft = true;
    private String productType = "OnlineServices";
    private int minimum = 1;
    private int maximum = 300;
    private boolean trial;
    private final List<BillingCycle> supportedCycles = new ArrayList<>();
    private final List<String> prerequisites = new ArrayList<>();
    private final List<String> inventoryVariables = new ArrayList<>();
    private final List<String> provisioningVariables = new ArrayList<>();
    private final Map<String, Object> dynamicAttributes = new LinkedHashMap<>();
    private AttestationProperties attestation;
    private String country = "US";
    private TargetSegment segment = TargetSegment.COMMERCIAL;
    private String currency = "USD";
    private boolean purchasable = true;
    private final List<AvailabilityTerm> terms = new ArrayList<>();

    private CatalogItems(String catalogItemId) {
        this.id = (CatalogItemId.Modern) CatalogItemId.parse(catalogItemId);
        this.title = "Item " + catalogItemId;
    }

    /** A new-commerce licence sold P1M monthly, P1Y monthly and P1Y annual, in the US, in USD. */
    public static CatalogItems licence(String catalogItemId) {
        return new CatalogItems(catalogItemId)
                .term("P1M", BillingCycle.MONTHLY).term("P1Y", BillingCycle.MONTHLY).term("P1Y", BillingCycle.ANNUAL)
                .supportedCycles(BillingCycle.MONTHLY, BillingCycle.ANNUAL);
    }

    /** The Azure plan: billed monthly, without a term. */
    public static CatalogItems azurePlan(String catalogItemId) {
        return new CatalogItems(catalogItemId).title("Azure plan").productType("Azure")
                .termWithoutDuration(BillingCycle.MONTHLY).supportedCycles(BillingCycle.MONTHLY).quantity(1, 1);
    }

    /** An Azure reserved instance of the given term, billed one_time, that needs an inventory check. */
    public static CatalogItems reservation(String catalogItemId, String duration) {
        return new CatalogItems(catalogItemId).title("Reserved VM Instance, Standard_NV12, US East 2, " + duration)
                .productType("Azure").term(duration, BillingCycle.ONE_TIME).supportedCycles(BillingCycle.ONE_TIME)
                .quantity(1, 999_999_999)
                .prerequisites("InventoryCheck", "AzureSubscriptionRegistration")
                .inventoryVariables("CustomerId", "AzureSubscriptionId", "ArmRegionName")
                .provisioningVariables("Scope", "SubscriptionId", "Duration")
                .dynamicAttribute("armSkuName", "Standard_NV12").dynamicAttribute("armRegionName", "eastus2")
                .dynamicAttribute("duration", duration.equals("P1Y") ? "1Year" : "3Years");
    }

    /** Perpetual software: billed one_time, without a term. */
    public static CatalogItems perpetualSoftware(String catalogItemId) {
        return new CatalogItems(catalogItemId).title("BizTalk Server 2016 Branch").productType("Software")
                .termWithoutDuration(BillingCycle.ONE_TIME).supportedCycles(BillingCycle.ONE_TIME);
    }

    /** A third-party SaaS item: P1M monthly, P1Y annual. */
    public static CatalogItems saas(String catalogItemId) {
        return new CatalogItems(catalogItemId).title("Barracuda WaaS - Medium Plan").microsoft(false).productType("SaaS")
                .term("P1M", BillingCycle.MONTHLY).term("P1Y", BillingCycle.ANNUAL)
                .supportedCycles(BillingCycle.MONTHLY, BillingCycle.ANNUAL);
    }

    /** A SaaS free trial: P1M billed none. */
    public static CatalogItems freeTrial(String catalogItemId) {
        return new CatalogItems(catalogItemId).title("SaaS free trial").microsoft(false).productType("SaaS").trial()
                .term("P1M", BillingCycle.NONE).supportedCycles(BillingCycle.NONE).quantity(1, 25);
    }

    /** A legacy offer billed monthly, in the US. */
    public static Offer legacyOffer(String offerId, BillingCycle... cycles) {
        return new Offer(new CatalogItemId.LegacyOffer(offerId), "Offer " + offerId, 1, 1000, OfferBilling.LICENSE,
                cycles.length == 0 ? List.of(BillingCycle.MONTHLY) : List.of(cycles), false, false, true, Country.of("US"));
    }

    public CatalogItems title(String title) {
        this.title = title;
        return this;
    }

    public CatalogItems microsoft(boolean microsoft) {
        this.microsoft = microsoft;
        return this;
    }

    public CatalogItems productType(String productType) {
        this.productType = productType;
        return this;
    }

    public CatalogItems quantity(int minimum, int maximum) {
        this.minimum = minimum;
        this.maximum = maximum;
        return this;
    }

    public CatalogItems trial() {
        this.trial = true;
        return this;
    }

    public CatalogItems supportedCycles(BillingCycle... cycles) {
        supportedCycles.clear();
        supportedCycles.addAll(List.of(cycles));
        return this;
    }

    public CatalogItems prerequisites(String... values) {
        prerequisites.addAll(List.of(values));
        return this;
    }

    public CatalogItems inventoryVariables(String... values) {
        inventoryVariables.addAll(List.of(values));
        return this;
    }

    public CatalogItems provisioningVariables(String... values) {
        provisioningVariables.addAll(List.of(values));
        return this;
    }

    public CatalogItems dynamicAttribute(String key, Object value) {
        dynamicAttributes.put(key, value);
        return this;
    }

    public CatalogItems attestation(String type, boolean enforced) {
        this.attestation = new AttestationProperties(type, enforced);
        return this;
    }

    public CatalogItems soldIn(String country, String currency) {
        this.country = country;
        this.currency = currency;
        return this;
    }

    public CatalogItems segment(TargetSegment segment) {
        this.segment = segment;
        return this;
    }

    public CatalogItems notPurchasable() {
        this.purchasable = false;
        return this;
    }

    public CatalogItems noTerms() {
        terms.clear();
        return this;
    }

    public CatalogItems term(String duration, BillingCycle cycle) {
        terms.add(new AvailabilityTerm("t" + terms.size(), TermDuration.parse(duration), duration + " " + cycle.wireName(),
                cycle, List.of()));
        return this;
    }

    public CatalogItems termWithoutDuration(BillingCycle cycle) {
        terms.add(new AvailabilityTerm("t" + terms.size(), null, "billed " + cycle.wireName(), cycle, List.of()));
        return this;
    }

    public CatalogItem.Modern build() {
        Product product = new Product(id.productId(), title, title, new ItemType(productType, productType, null), microsoft,
                microsoft ? "Microsoft Corporation" : "Contoso");
        Sku sku = new Sku(id.productId(), id.skuId(), title, title, minimum, maximum, trial, supportedCycles, prerequisites,
                inventoryVariables, provisioningVariables, dynamicAttributes, attestation);
        Availability availability = new Availability(id.productId(), id.skuId(), id.availabilityId(), Country.of(country),
                segment, new DefaultCurrency(currency, "$"), purchasable, true, terms);
        return CatalogItem.modern(product, sku, availability);
    }
}

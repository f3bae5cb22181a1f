package org.partnercommerce.testing.fake;

import java.time.Period;
import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.AvailabilityTerm;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.CancellationPolicy;
import org.partnercommerce.domain.catalog.DefaultCurrency;
import org.partnercommerce.domain.catalog.ItemType;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.OfferBilling;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.RefundOption;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TargetView;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.Country;

/**
 * A small catalog for tests: one NCE licence sold in the US and Germany, one Azure reservation in the
 * US, and one legacy offer (Intune Device, licences billed monthly or annual) in the US.
 */
public final class CatalogExamples {

    public static final Country US = Country.of("US");
    public static final Country GERMANY = Country.of("DE");

    public static final Product BUSINESS_BASIC = new Product(ProductId.of("CFQ7TTC0LH0Z"), "Microsoft 365 Business Basic",
            "Email, calendar and Office on the web.", new ItemType("OnlineServices", "OnlineServices", null), true, "Microsoft Corporation");
    public static final Sku BUSINESS_BASIC_SKU = new Sku(BUSINESS_BASIC.id(), SkuId.of("0001"), "Microsoft 365 Business Basic",
            "Microsoft 365 Business Basic", 1, 300, false, List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL),
            List.of(), List.of(), List.of(), Map.of("isAddon", false), null);

    public static final Product RESERVED_VM = new Product(ProductId.of("DZH318Z0BQ36"), "Reserved VM Instance, Standard_NV12",
            "Azure reservation", new ItemType("Azure", "Azure", new ItemType("VirtualMachines", "VirtualMachines", null)), true, "Microsoft Corporation");
    public static final Sku RESERVED_VM_ONE_YEAR = new Sku(RESERVED_VM.id(), SkuId.of("004G"),
            "Reserved VM Instance, Standard_NV12, US East 2, 1 Year", "1 year reservation", 1, 999999999, false,
            List.of(BillingCycle.ONE_TIME), List.of("InventoryCheck", "AzureSubscriptionRegistration"),
            List.of("CustomerId", "AzureSubscriptionId", "ArmRegionName"), List.of("Scope", "SubscriptionId", "Duration"),
            Map.of("armSkuName", "Standard_NV12", "armRegionName", "eastus2", "duration", "1Year"), null);

    public static final Offer INTUNE_DEVICE = new Offer(new CatalogItemId.LegacyOffer("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"),
            "Intune Device", 1, 10_000, OfferBilling.LICENSE, List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL), false, false,
            true, US);

    private CatalogExamples() {
    }

    public static Availability businessBasicIn(Country country, String currency) {
        return new Availability(BUSINESS_BASIC.id(), BUSINESS_BASIC_SKU.id(), AvailabilityId.of("CFQ7TTC0K18P"), country,
                TargetSegment.COMMERCIAL, new DefaultCurrency(currency, null), true, true, List.of(
                new AvailabilityTerm("p1m-monthly", TermDuration.ONE_MONTH, "One-Month commitment for monthly billing",
                        BillingCycle.MONTHLY, List.of(new CancellationPolicy(List.of(new RefundOption(1, "Full", Period.ofDays(7)))))),
                new AvailabilityTerm("p1y-annual", TermDuration.ONE_YEAR, "One-Year commitment for annual billing",
                        BillingCycle.ANNUAL, List.of())));
    }

    public static Availability reservedVmOneYear() {
        return new Availability(RESERVED_VM.id(), RESERVED_VM_ONE_YEAR.id(), AvailabilityId.of("DZH318Z08C0S"), US,
                TargetSegment.COMMERCIAL, new DefaultCurrency("USD", "$"), true, false, List.of(
                new AvailabilityTerm("p1y-one-time", TermDuration.ONE_YEAR, "1 Year", BillingCycle.ONE_TIME, List.of())));
    }

    /** The catalog above, listed as Partner Center lists it. */
    public static FakePartnerCenterCatalog fakeCatalog() {
        return new FakePartnerCenterCatalog()
                .add(BUSINESS_BASIC, TargetView.ONLINE_SERVICES).add(BUSINESS_BASIC_SKU)
                .add(businessBasicIn(US, "USD")).add(businessBasicIn(GERMANY, "EUR"))
                .add(RESERVED_VM, TargetView.AZURE_RESERVATIONS).add(RESERVED_VM_ONE_YEAR)
                .add(reservedVmOneYear())
                .add(INTUNE_DEVICE);
    }
}

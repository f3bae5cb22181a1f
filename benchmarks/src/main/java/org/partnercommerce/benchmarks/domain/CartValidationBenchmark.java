package org.partnercommerce.benchmarks.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CartValidation;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityTerm;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.DefaultCurrency;
import org.partnercommerce.domain.catalog.ItemType;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.Country;

/**
 * The domain's part of creating a cart: {@link CartDraft#validate} (every line against every
 * rule, then the order groups and the currency check) over a catalog snapshot built in memory,
 * for carts of 1, 10, 100 and 500 lines. Each line buys its own licence (one catalog item per
 * line, as many items in the snapshot as lines), alternating P1M monthly, P1Y monthly and P1Y
 * annual, so that the lines fall into two order groups. Every cart is valid: the whole rule set
 * runs and a {@code ValidatedCart} is built.
 *
 * <p>The cost should grow with the number of lines and no faster.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CartValidationBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final CustomerId CUSTOMER = CustomerId.of("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");
    private static final PurchaseContext US_PURCHASE = PurchaseContext.of(
            Customer.commercial(CUSTOMER, Country.of("US")), new Partner.IndirectProvider(PartnerId.of("1234567")));

    @Param({"1", "10", "100", "500"})
    public int lines;

    private Catalog catalog;
    private List<CartLine> cartLines;
    private CartDraft draft;

    @Setup
    public void setUp() {
        List<CatalogItem> items = new ArrayList<>(lines);
        cartLines = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            String id = "CFQ7TTC0%04d:0001:CFQ7TTC0K%03d".formatted(i, i % 1000);
            items.add(licence(id));
            CatalogItemId itemId = CatalogItemId.parse(id);
            CartLine line = switch (i % 3) {
                case 0 -> CartLine.of(itemId, 5, BillingCycle.MONTHLY).withTermDuration(TermDuration.parse("P1M"));
                case 1 -> CartLine.of(itemId, 10, BillingCycle.MONTHLY).withTermDuration(TermDuration.parse("P1Y"));
                default -> CartLine.of(itemId, 25, BillingCycle.ANNUAL).withTermDuration(TermDuration.parse("P1Y"));
            };
            cartLines.add(line.withFriendlyName("line " + i));
        }
        catalog = Catalog.of(items);
        draft = new CartDraft(CUSTOMER, cartLines, true);
        if (!(validate() instanceof CartValidation.Valid)) {
            throw new IllegalStateException("The benchmark's cart should be valid: " + validate());
        }
    }

    /** Validation alone, of a draft already built. */
    @Benchmark
    public CartValidation validate() {
        return draft.validate(catalog, US_PURCHASE, NOW);
    }

    /** What a create-cart request costs the domain: the draft from its lines, its catalog item ids, validation. */
    @Benchmark
    public CartValidation draftAndValidate() {
        CartDraft fresh = new CartDraft(CUSTOMER, cartLines, true);
        fresh.catalogItemIds();
        return fresh.validate(catalog, US_PURCHASE, NOW);
    }

    /** A new-commerce licence sold P1M monthly, P1Y monthly and P1Y annual in the US, in USD (as the domain's tests build one). */
    private static CatalogItem.Modern licence(String catalogItemId) {
        CatalogItemId.Modern id = (CatalogItemId.Modern) CatalogItemId.parse(catalogItemId);
        String title = "Licence " + catalogItemId;
        Product product = new Product(id.productId(), title, title, new ItemType("OnlineServices", "OnlineServices", null), true,
                "Microsoft Corporation");
        Sku sku = new Sku(id.productId(), id.skuId(), title, title, 1, 2400, false,
                List.of(BillingCycle.MONTHLY, BillingCycle.ANNUAL), List.of(), List.of(), List.of(), Map.of(), null);
        List<AvailabilityTerm> terms = List.of(
                term(0, "P1M", BillingCycle.MONTHLY), term(1, "P1Y", BillingCycle.MONTHLY), term(2, "P1Y", BillingCycle.ANNUAL));
        Availability availability = new Availability(id.productId(), id.skuId(), id.availabilityId(), Country.of("US"),
                TargetSegment.COMMERCIAL, new DefaultCurrency("USD", "$"), true, true, terms);
        return CatalogItem.modern(product, sku, availability);
    }

    private static AvailabilityTerm term(int index, String duration, BillingCycle cycle) {
        return new AvailabilityTerm("t" + index, TermDuration.parse(duration), duration + " " + cycle.wireName(), cycle, List.of());
    }
}

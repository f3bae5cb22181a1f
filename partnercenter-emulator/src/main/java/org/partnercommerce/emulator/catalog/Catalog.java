package org.partnercommerce.emulator.catalog;

import org.partnercommerce.emulator.wire.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The seeded catalog (products, SKUs, availabilities, legacy offers), the markets the partner
 * sells in, and the inventory shortages. Read-only; loaded from {@code seed/catalog.json} and
 * checked on load, so a broken seed fails at start, not in the middle of a test.
 */
public final class Catalog {

    public static final String SEED = "seed/catalog.json";

    private static final Pattern DURATION = Pattern.compile("P[1-9][0-9]*[DMY]");

    private final Seed seed;

    private Catalog(Seed seed) {
        this.seed = seed;
    }

    public static Catalog seeded() {
        return of(Json.readResource(SEED, Seed.class));
    }

    public static Catalog of(Seed seed) {
        List<String> problems = new SeedCheck(seed).problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The catalog seed is inconsistent:\n  " + String.join("\n  ", problems));
        }
        return new Catalog(seed);
    }

    public List<Market> markets() {
        return seed.markets();
    }

    public Optional<Market> market(String country) {
        return seed.markets().stream().filter(market -> market.country().equalsIgnoreCase(country)).findFirst();
    }

    /** The catalog as a customer in the market sees it. */
    public MarketCatalog in(Market market) {
        return new MarketCatalog(market, seed.products(), seed.legacyOffers());
    }

    public boolean allows(TargetView view) {
        return seed.restrictedForPartner().targetViews().stream()
                .noneMatch(restricted -> TargetView.parse(restricted).map(TargetView::canonical).orElse(null) == view.canonical());
    }

    public boolean allows(Segment segment) {
        return seed.restrictedForPartner().segments().stream().noneMatch(restricted -> Segment.parse(restricted).orElse(null) == segment);
    }

    /** Whether the id is a product of the modern catalog (in any market), e.g. to refuse it in the Offers API. */
    public boolean isProduct(String productId) {
        return seed.products().stream().anyMatch(product -> product.id().equalsIgnoreCase(productId));
    }

    public List<InventoryRestriction> inventoryRestrictions() {
        return seed.inventoryRestrictions();
    }

    public List<Product> allProducts() {
        return seed.products();
    }

    public List<LegacyOffer> allLegacyOffers() {
        return seed.legacyOffers();
    }

    /**
     * What an order line's offer id names, in any market: the product's SKU for a catalog item id
     * {@code product:sku:availability}, else the legacy offer of that id.
     */
    public CatalogEntry entry(String offerId) {
        String[] parts = offerId.trim().split(":", -1);
        if (parts.length == 3) {
            Product product = seed.products().stream().filter(candidate -> candidate.id().equalsIgnoreCase(parts[0])).findFirst()
                    .orElse(null);
            Sku sku = product == null ? null
                    : product.skus().stream().filter(candidate -> candidate.id().equalsIgnoreCase(parts[1])).findFirst().orElse(null);
            return new CatalogEntry(offerId, product, sku, null);
        }
        LegacyOffer offer = seed.legacyOffers().stream().filter(candidate -> candidate.id().equalsIgnoreCase(offerId.trim())).findFirst()
                .orElse(null);
        return new CatalogEntry(offerId, null, null, offer);
    }

    public Optional<Promotion> promotion(String promotionId) {
        return seed.promotions().stream().filter(promotion -> promotion.id().equalsIgnoreCase(promotionId)).findFirst();
    }

    /** The JSON root of {@code seed/catalog.json}. */
    public record Seed(List<Market> markets, RestrictedForPartner restrictedForPartner, List<Product> products,
                       List<LegacyOffer> legacyOffers, List<InventoryRestriction> inventoryRestrictions,
                       List<Promotion> promotions) {

        public Seed {
            markets = markets == null ? List.of() : List.copyOf(markets);
            restrictedForPartner = restrictedForPartner == null ? new RestrictedForPartner(List.of(), List.of()) : restrictedForPartner;
            products = products == null ? List.of() : List.copyOf(products);
            legacyOffers = legacyOffers == null ? List.of() : List.copyOf(legacyOffers);
            inventoryRestrictions = inventoryRestrictions == null ? List.of() : List.copyOf(inventoryRestrictions);
            promotions = promotions == null ? List.of() : List.copyOf(promotions);
        }
    }

    /** Target views and segments that exist but this partner may not use (403 400036 / 400030). */
    public record RestrictedForPartner(List<String> targetViews, List<String> segments) {

        public RestrictedForPartner {
            targetViews = targetViews == null ? List.of() : List.copyOf(targetViews);
            segments = segments == null ? List.of() : List.copyOf(segments);
        }
    }

    /** Everything that must hold for the seed to make sense. */
    private static final class SeedCheck {

        private final Seed seed;
        private final List<String> problems = new ArrayList<>();

        SeedCheck(Seed seed) {
            this.seed = seed;
        }

        List<String> problems() {
            Set<String> countries = new HashSet<>();
            for (Market market : seed.markets()) {
                if (!countries.add(market.country().toUpperCase(Locale.ROOT))) {
                    problems.add("market " + market.country() + " is listed twice");
                }
            }
            seed.restrictedForPartner().targetViews().forEach(view -> {
                if (TargetView.parse(view).isEmpty()) {
                    problems.add("restrictedForPartner: unknown target view " + view);
                }
            });
            seed.restrictedForPartner().segments().forEach(segment -> {
                if (Segment.parse(segment).isEmpty()) {
                    problems.add("restrictedForPartner: unknown segment " + segment);
                }
            });
            Set<String> productIds = new HashSet<>();
            for (Product product : seed.products()) {
                if (!productIds.add(product.id().toUpperCase(Locale.ROOT))) {
                    problems.add("product " + product.id() + " is listed twice");
                }
                checkProduct(product);
            }
            for (LegacyOffer offer : seed.legacyOffers()) {
                offer.countries().forEach(country -> checkCountry("offer " + offer.id(), country));
            }
            for (Promotion promotion : seed.promotions()) {
                for (String listed : promotion.skus()) {
                    String[] parts = listed.split(":");
                    boolean known = parts.length == 2 && seed.products().stream()
                            .filter(product -> product.id().equalsIgnoreCase(parts[0]))
                            .flatMap(product -> product.skus().stream())
                            .anyMatch(sku -> sku.id().equalsIgnoreCase(parts[1]));
                    if (!known) {
                        problems.add("promotion " + promotion.id() + " names unknown SKU " + listed);
                    }
                }
            }
            return problems;
        }

        private void checkProduct(Product product) {
            String where = "product " + product.id();
            if (product.targetViews().isEmpty()) {
                problems.add(where + " is listed in no target view");
            }
            product.targetViews().forEach(view -> {
                if (TargetView.parse(view).isEmpty()) {
                    problems.add(where + ": unknown target view " + view);
                }
            });
            Set<String> skuIds = new HashSet<>();
            for (Sku sku : product.skus()) {
                if (!skuIds.add(sku.id().toUpperCase(Locale.ROOT))) {
                    problems.add(where + ": SKU " + sku.id() + " is listed twice");
                }
                checkSku(where + " SKU " + sku.id(), sku);
            }
        }

        private void checkSku(String where, Sku sku) {
            if (sku.minimumQuantity() < 1 || sku.maximumQuantity() < sku.minimumQuantity()) {
                problems.add(where + ": quantities " + sku.minimumQuantity() + ".." + sku.maximumQuantity() + " make no sense");
            }
            Set<BillingCycle> supported = new HashSet<>();
            sku.supportedBillingCycles().forEach(cycle -> BillingCycle.parse(cycle).ifPresentOrElse(supported::add,
                    () -> problems.add(where + ": unknown billing cycle " + cycle)));
            Set<String> availabilityIds = new HashSet<>();
            for (Availability availability : sku.availabilities()) {
                String at = where + " availability " + availability.id();
                if (!availabilityIds.add(availability.id().toUpperCase(Locale.ROOT))) {
                    problems.add(at + " is listed twice");
                }
                if (Segment.parse(availability.segment()).isEmpty()) {
                    problems.add(at + ": unknown segment " + availability.segment());
                }
                if (availability.terms().isEmpty()) {
                    problems.add(at + " has no terms");
                }
                availability.countries().forEach(country -> checkCountry(at, country));
                for (Term term : availability.terms()) {
                    checkTerm(at + " term " + term.id(), term, availability, supported);
                }
            }
        }

        private void checkTerm(String where, Term term, Availability availability, Set<BillingCycle> supported) {
            Optional<BillingCycle> cycle = BillingCycle.parse(term.billingCycle());
            if (cycle.isEmpty()) {
                problems.add(where + ": unknown billing cycle " + term.billingCycle());
            } else if (!supported.contains(cycle.get())) {
                problems.add(where + ": billing cycle " + term.billingCycle() + " is not among the SKU's supportedBillingCycles");
            }
            term.termDuration().ifPresent(duration -> {
                if (!DURATION.matcher(duration).matches()) {
                    problems.add(where + ": duration " + duration + " is not ISO 8601 like P1M or P1Y");
                }
            });
            for (String country : availability.countries()) {
                seedMarket(country).ifPresent(market -> {
                    if (term.listPrice(market.currency()).isEmpty()) {
                        problems.add(where + ": no list price in " + market.currency() + " (sold in " + country + ")");
                    }
                });
            }
        }

        private void checkCountry(String where, String country) {
            if (seedMarket(country).isEmpty()) {
                problems.add(where + ": country " + country + " is not a market");
            }
        }

        private Optional<Market> seedMarket(String country) {
            return seed.markets().stream().filter(market -> market.country().equalsIgnoreCase(country)).findFirst();
        }
    }
}

package org.partnercommerce.emulator.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalog as seen from one country: an availability is visible when it is sold there (and,
 * when asked, to the segment); a SKU when one of its availabilities is; a product when one of its
 * SKUs is. Ids are matched case-insensitively.
 */
public final class MarketCatalog {

    private final Market market;
    private final List<Product> products;
    private final List<LegacyOffer> legacyOffers;

    MarketCatalog(Market market, List<Product> products, List<LegacyOffer> legacyOffers) {
        this.market = market;
        this.products = products;
        this.legacyOffers = legacyOffers;
    }

    public Market market() {
        return market;
    }

    /** The products of the view, optionally only those sold to the segment or answering to the reservation scope. */
    public List<Product> products(TargetView view, Optional<Segment> segment, Optional<String> reservationScope) {
        return products.stream()
                .filter(product -> product.listedIn(view))
                .filter(product -> reservationScope.map(product::answersToReservationScope).orElse(true))
                .filter(product -> !skus(product, segment).isEmpty())
                .toList();
    }

    public Optional<Product> product(String productId) {
        return products.stream()
                .filter(product -> product.id().equalsIgnoreCase(productId))
                .filter(product -> !skus(product, Optional.empty()).isEmpty())
                .findFirst();
    }

    public List<Sku> skus(Product product, Optional<Segment> segment) {
        return product.skus().stream().filter(sku -> !availabilities(sku, segment).isEmpty()).toList();
    }

    public Optional<Sku> sku(Product product, String skuId) {
        return skus(product, Optional.empty()).stream().filter(sku -> sku.id().equalsIgnoreCase(skuId)).findFirst();
    }

    public List<Availability> availabilities(Sku sku, Optional<Segment> segment) {
        return sku.availabilities().stream()
                .filter(availability -> availability.soldIn(market.country()))
                .filter(availability -> segment.map(wanted -> availability.segmentValue() == wanted).orElse(true))
                .toList();
    }

    public Optional<Availability> availability(Sku sku, String availabilityId) {
        return availabilities(sku, Optional.empty()).stream()
                .filter(availability -> availability.id().equalsIgnoreCase(availabilityId))
                .findFirst();
    }

    public Optional<LegacyOffer> legacyOffer(String offerId) {
        return legacyOffers.stream()
                .filter(offer -> offer.id().equalsIgnoreCase(offerId))
                .filter(offer -> offer.soldIn(market.country()))
                .findFirst();
    }
}

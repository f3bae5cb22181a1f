package org.partnercommerce.testing.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.application.port.out.PartnerCenterException;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.InventoryTarget;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TargetView;
import org.partnercommerce.domain.shared.Country;

/**
 * Partner Center's catalog in memory, for tests of the services and the inbound API. It
 * answers as Partner Center does: unknown items are {@link PartnerCenterException.NotFound}
 * with the documented codes, and items unknown to an inventory check are left out.
 */
public final class FakePartnerCenterCatalog implements PartnerCenterCatalog {

    private record Listed(Product product, TargetView view) {
    }

    private final List<Listed> products = new CopyOnWriteArrayList<>();
    private final List<Sku> skus = new CopyOnWriteArrayList<>();
    private final List<Availability> availabilities = new CopyOnWriteArrayList<>();
    private final List<Offer> offers = new CopyOnWriteArrayList<>();
    private final List<InventoryItem> restricted = new CopyOnWriteArrayList<>();
    private final List<InventoryCheck> inventoryChecks = new CopyOnWriteArrayList<>();
    private volatile PartnerCenterException failure;

    public FakePartnerCenterCatalog add(Product product, TargetView view) {
        products.add(new Listed(product, view));
        return this;
    }

    public FakePartnerCenterCatalog add(Sku sku) {
        skus.add(sku);
        return this;
    }

    public FakePartnerCenterCatalog add(Availability availability) {
        availabilities.add(availability);
        return this;
    }

    public FakePartnerCenterCatalog add(Offer offer) {
        offers.add(offer);
        return this;
    }

    /** Makes every inventory check of this SKU answer with this (restricted) item. */
    public FakePartnerCenterCatalog restrict(InventoryItem item) {
        restricted.add(item);
        return this;
    }

    /** Makes every call fail with this, as Partner Center would, until {@link #recover()}. */
    public FakePartnerCenterCatalog failWith(PartnerCenterException failure) {
        this.failure = failure;
        return this;
    }

    public FakePartnerCenterCatalog recover() {
        this.failure = null;
        return this;
    }

    /** The inventory checks asked so far, oldest first. */
    public List<InventoryCheck> inventoryChecks() {
        return List.copyOf(inventoryChecks);
    }

    @Override
    public List<Product> products(Country country, TargetView targetView, TargetSegment segment, ReservationScope reservationScope) {
        failIfAsked();
        return products.stream()
                .filter(listed -> listed.view() == targetView)
                .map(Listed::product)
                .filter(product -> soldIn(product.id(), country, segment))
                .toList();
    }

    @Override
    public Product product(ProductId productId, Country country, ReservationScope reservationScope) {
        failIfAsked();
        return products.stream().map(Listed::product)
                .filter(product -> product.id().equals(productId) && soldIn(productId, country, null))
                .findFirst()
                .orElseThrow(() -> new PartnerCenterException.NotFound("400013", "Product with id " + productId + " not found."));
    }

    @Override
    public List<Sku> skus(ProductId productId, Country country, TargetSegment segment, ReservationScope reservationScope) {
        failIfAsked();
        product(productId, country, reservationScope);
        return skus.stream().filter(sku -> sku.productId().equals(productId)).toList();
    }

    @Override
    public Sku sku(ProductId productId, SkuId skuId, Country country, ReservationScope reservationScope) {
        failIfAsked();
        product(productId, country, reservationScope);
        return skus.stream()
                .filter(sku -> sku.productId().equals(productId) && sku.id().equals(skuId))
                .findFirst()
                .orElseThrow(() -> new PartnerCenterException.NotFound("400018", "Sku with id " + skuId + " not found."));
    }

    @Override
    public List<Availability> availabilities(ProductId productId, SkuId skuId, Country country, TargetSegment segment,
                                             ReservationScope reservationScope) {
        failIfAsked();
        sku(productId, skuId, country, reservationScope);
        return availabilities.stream()
                .filter(a -> a.productId().equals(productId) && a.skuId().equals(skuId) && a.country().equals(country))
                .filter(a -> segment == null || a.segment() == segment)
                .toList();
    }

    @Override
    public Availability availability(ProductId productId, SkuId skuId, AvailabilityId availabilityId, Country country) {
        failIfAsked();
        return availabilities(productId, skuId, country, null, null).stream()
                .filter(a -> a.id().equals(availabilityId))
                .findFirst()
                .orElseThrow(() -> new PartnerCenterException.NotFound("400019", "Availability with id " + availabilityId + " not found."));
    }

    @Override
    public Offer offer(CatalogItemId.LegacyOffer offerId, Country country) {
        failIfAsked();
        return offers.stream()
                .filter(offer -> offer.id().equals(offerId) && offer.country().equals(country))
                .findFirst()
                .orElseThrow(() -> new PartnerCenterException.NotFound("1000", "Offer " + offerId + " not found."));
    }

    @Override
    public List<InventoryItem> checkInventory(Country country, InventoryCheck check) {
        failIfAsked();
        inventoryChecks.add(check);
        List<InventoryItem> answer = new ArrayList<>();
        for (InventoryTarget target : check.targetItems()) {
            skus.stream()
                    .filter(sku -> sku.productId().equals(target.productId()))
                    .filter(sku -> target.sku().map(sku.id()::equals).orElse(true))
                    .forEach(sku -> answer.add(restricted.stream()
                            .filter(item -> item.productId().equals(sku.productId()) && item.skuId().equals(sku.id()))
                            .findFirst()
                            .orElse(new InventoryItem(sku.productId(), sku.id(), false, List.of()))));
        }
        return answer;
    }

    private void failIfAsked() {
        PartnerCenterException current = failure;
        if (current != null) {
            throw current;
        }
    }

    private boolean soldIn(ProductId productId, Country country, TargetSegment segment) {
        return availabilities.stream().anyMatch(a -> a.productId().equals(productId)
                && Objects.equals(a.country(), country)
                && (segment == null || a.segment() == segment));
    }
}

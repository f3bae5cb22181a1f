package org.partnercommerce.adapter.out.partnercenter;

import static org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterAnswers.readable;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.out.partnercenter.catalog.AvailabilityDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.CatalogCacheKeys;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.InventoryCheckRequestDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.InventoryItemDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.OfferDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.PartnerCenterCatalogClient;
import org.partnercommerce.adapter.out.partnercenter.catalog.ProductDto;
import org.partnercommerce.adapter.out.partnercenter.catalog.SkuDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterClients;
import org.partnercommerce.application.port.out.PartnerCenterCatalog;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityId;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.InventoryCheck;
import org.partnercommerce.domain.catalog.InventoryItem;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.Product;
import org.partnercommerce.domain.catalog.ProductId;
import org.partnercommerce.domain.catalog.ReservationScope;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.catalog.SkuId;
import org.partnercommerce.domain.catalog.TargetSegment;
import org.partnercommerce.domain.catalog.TargetView;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.WireEnum;

/**
 * Partner Center's catalog over its REST API. Catalog reads are cached ({@value #CACHE}, keyed by
 * the method and all its arguments; the expiry is {@code quarkus.cache.caffeine."partner-center-catalog".expire-after-write},
 * 15 minutes unless set); a failure, NotFound included, is not cached. Inventory is asked every time.
 */
@ApplicationScoped
public class RestPartnerCenterCatalog implements PartnerCenterCatalog {

    public static final String CACHE = "partner-center-catalog";

    private static final Logger LOG = Logger.getLogger(RestPartnerCenterCatalog.class);

    private final PartnerCenterCalls calls;
    private final PartnerCenterCatalogClient client;

    @Inject
    public RestPartnerCenterCatalog(PartnerCenterCalls calls, PartnerCenterConfig config) {
        this(calls, PartnerCenterClients.build(PartnerCenterCatalogClient.class, config));
    }

    public RestPartnerCenterCatalog(PartnerCenterCalls calls, PartnerCenterCatalogClient client) {
        this.calls = calls;
        this.client = client;
    }

    @Override
    @CacheResult(cacheName = CACHE, keyGenerator = CatalogCacheKeys.class)
    public List<Product> products(Country country, TargetView targetView, TargetSegment segment,
                                  ReservationScope reservationScope) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(targetView, "targetView");
        CollectionDto<ProductDto> products = calls.call("GET products", headers -> client.products(
                headers, country.code(), targetView.wireName(), wire(segment), wire(reservationScope)));
        warnIfPaged("products", products);
        return readable("a product list", () -> products.itemsOrNone().stream().map(ProductDto::toDomain).toList());
    }

    @Override
    @CacheResult(cacheName = CACHE, keyGenerator = CatalogCacheKeys.class)
    public Product product(ProductId productId, Country country, ReservationScope reservationScope) {
        ProductDto product = calls.call("GET product", headers -> client.product(
                headers, productId.value(), code(country), wire(reservationScope)));
        return readable("a product", () -> product.toDomain());
    }

    @Override
    @CacheResult(cacheName = CACHE, keyGenerator = CatalogCacheKeys.class)
    public List<Sku> skus(ProductId productId, Country country, TargetSegment segment, ReservationScope reservationScope) {
        CollectionDto<SkuDto> skus = calls.call("GET skus", headers -> client.skus(
                headers, productId.value(), code(country), wire(segment), wire(reservationScope)));
        warnIfPaged("skus", skus);
        return readable("a SKU list", () -> skus.itemsOrNone().stream().map(sku -> sku.toDomain(productId)).toList());
    }

    @Override
    @CacheResult(cacheName = CACHE, keyGenerator = CatalogCacheKeys.class)
    public Sku sku(ProductId productId, SkuId skuId, Country country, ReservationScope reservationScope) {
        SkuDto sku = calls.call("GET sku", headers -> client.sku(
                headers, productId.value(), skuId.value(), code(country), wire(reservationScope)));
        return readable("a SKU", () -> sku.toDomain(productId));
    }

    @Override
    @CacheResult(cacheName = CACHE, keyGenerator = CatalogCacheKeys.class)
    public List<Availability> availabilities(ProductId productId, SkuId skuId, Country country, TargetSegment segment,
                                             ReservationScope reservationScope) {
        CollectionDto<AvailabilityDto> availabilities = calls.call("GET availabilities", headers -> client.availabilities(
                headers, productId.value(), skuId.value(), code(country), wire(segment), wire(reservationScope)));
        warnIfPaged("availabilities", availabilities);
        return readable("an availability list", () -> availabilities.itemsOrNone().stream()
                .map(availability -> availability.toDomain(productId, skuId, country)).toList());
    }

    @Override
    @CacheResult(cacheName = CACHE, keyGenerator = CatalogCacheKeys.class)
    public Availability availability(ProductId productId, SkuId skuId, AvailabilityId availabilityId, Country country) {
        AvailabilityDto availability = calls.call("GET availability", headers -> client.availability(
                headers, productId.value(), skuId.value(), availabilityId.value(), code(country)));
        return readable("an availability", () -> availability.toDomain(productId, skuId, country));
    }

    @Override
    @CacheResult(cacheName = CACHE, keyGenerator = CatalogCacheKeys.class)
    public Offer offer(CatalogItemId.LegacyOffer offerId, Country country) {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(country, "country");
        OfferDto offer = calls.call("GET offer", headers -> client.offer(headers, offerId.offerId(), country.code()));
        return readable("an offer", () -> offer.toDomain(offerId, country));
    }

    /** Never cached: whether an item can be bought here and now is Partner Center's to say each time. */
    @Override
    public List<InventoryItem> checkInventory(Country country, InventoryCheck check) {
        Objects.requireNonNull(country, "country");
        InventoryCheckRequestDto body = InventoryCheckRequestDto.from(check);
        List<InventoryItemDto> items = calls.call("POST checkInventory", headers -> client.checkInventory(
                headers, country.code(), body));
        return readable("an inventory answer", () -> (items == null ? List.<InventoryItemDto>of() : items).stream()
                .filter(Objects::nonNull).map(InventoryItemDto::toDomain).toList());
    }

    private static void warnIfPaged(String what, CollectionDto<?> collection) {
        if (collection != null && collection.hasNextPage()) {
            LOG.warnf("Partner Center paged the %s list; only the first page was read", what);
        }
    }

    private static String code(Country country) {
        return country == null ? null : country.code();
    }

    private static String wire(WireEnum.Named value) {
        return value == null ? null : value.wireName();
    }
}

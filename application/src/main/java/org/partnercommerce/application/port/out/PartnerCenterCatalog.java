package org.partnercommerce.application.port.out;

import java.util.List;
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

/**
 * Partner Center's catalog. Nullable parameters ({@code segment}, {@code reservationScope})
 * are left out of the request. Every method may throw a {@link PartnerCenterException}.
 */
public interface PartnerCenterCatalog {

    List<Product> products(Country country, TargetView targetView, TargetSegment segment, ReservationScope reservationScope);

    Product product(ProductId productId, Country country, ReservationScope reservationScope);

    List<Sku> skus(ProductId productId, Country country, TargetSegment segment, ReservationScope reservationScope);

    Sku sku(ProductId productId, SkuId skuId, Country country, ReservationScope reservationScope);

    List<Availability> availabilities(ProductId productId, SkuId skuId, Country country, TargetSegment segment,
                                      ReservationScope reservationScope);

    Availability availability(ProductId productId, SkuId skuId, AvailabilityId availabilityId, Country country);

    /** An offer of the legacy catalog ({@code MS-AZR-0145P}, offer GUIDs), as sold in the country. */
    Offer offer(CatalogItemId.LegacyOffer offerId, Country country);

    /** Items Partner Center does not know are left out of the answer. */
    List<InventoryItem> checkInventory(Country country, InventoryCheck check);
}

package org.partnercommerce.emulator.order;

import org.partnercommerce.emulator.cart.CatalogItemId;
import org.partnercommerce.emulator.wire.Link;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code product}, {@code sku} and {@code availability} links of what an order line bought, in
 * the order's country, as an order line item and the subscription it becomes carry them; none for a
 * legacy offer.
 */
public final class CatalogLinks {

    private CatalogLinks() {
    }

    /** A mutable map, so that the caller can add its own links after these. */
    public static Map<String, Link> of(Order order, OrderLine line) {
        Map<String, Link> links = new LinkedHashMap<>();
        CatalogItemId.parse(line.offerId()).ifPresent(item -> {
            String product = "/products/" + item.productId();
            String country = "?country=" + order.country();
            links.put("product", Link.get(product + country));
            links.put("sku", Link.get(product + "/skus/" + item.skuId() + country));
            links.put("availability", Link.get(product + "/skus/" + item.skuId() + "/availabilities/" + item.availabilityId() + country));
        });
        return links;
    }
}

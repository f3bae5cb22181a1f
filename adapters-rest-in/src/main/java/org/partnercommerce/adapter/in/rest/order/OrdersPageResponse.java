package org.partnercommerce.adapter.in.rest.order;

import java.util.List;
import java.util.Map;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;

/**
 * Partner Center's seek-based collection of orders: a page, and when there is more, the
 * continuation token and a {@code next} link carrying it in {@code MS-ContinuationToken}.
 */
public record OrdersPageResponse(int totalCount, List<OrderResponse> items, String continuationToken, Map<String, Link> links,
                                 ResourceAttributes attributes) {
}

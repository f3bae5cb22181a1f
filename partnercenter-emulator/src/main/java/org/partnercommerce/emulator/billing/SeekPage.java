package org.partnercommerce.emulator.billing;

import org.partnercommerce.emulator.wire.Link;
import org.partnercommerce.emulator.wire.ResourceAttributes;

import java.util.List;
import java.util.Map;

/**
 * A page of seek-paged line items: {@code totalCount} the items on this page, and while more
 * remain the {@code continuationToken} and a {@code next} link that asks {@code seekOperation=Next}
 * with the token in its {@code MS-ContinuationToken} header.
 */
public record SeekPage<T>(int totalCount, List<T> items, String continuationToken, Map<String, Link> links, ResourceAttributes attributes) {
}

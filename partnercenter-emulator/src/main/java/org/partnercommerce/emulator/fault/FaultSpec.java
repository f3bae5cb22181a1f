package org.partnercommerce.emulator.fault;

/**
 * The body of {@code POST /emulator/v1/faults}: {@code {"method": "POST", "path": "/v1/customers/*}{@code /carts/*}{@code /checkout",
 * "kind": "status", "status": 503, "retryAfterSeconds": 1, "latencyMs": 2000, "count": 1, "probability": 1.0}}.
 * {@code code} and {@code description} optionally set the ApiFault of a {@code status} fault, or the order error of an
 * {@code order-group-failure}, which names a {@code catalogItemId} (or the start of one, e.g. a product id) instead of a
 * method and path: {@code {"kind": "order-group-failure", "catalogItemId": "CFQ7TTC0LH18", "count": 1}}.
 */
public record FaultSpec(String method, String path, String kind, Integer status, Integer retryAfterSeconds, Long latencyMs,
                        Integer count, Double probability, Integer code, String description, String catalogItemId) {
}

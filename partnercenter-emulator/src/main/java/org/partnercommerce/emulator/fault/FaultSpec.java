package org.partnercommerce.emulator.fault;

/**
 * The body of {@code POST /emulator/v1/faults}: {@code {"method": "POST", "path": "/v1/customers/*}{@code /carts/*}{@code /checkout",
 * "kind": "status", "status": 503, "retryAfterSeconds": 1, "latencyMs": 2000, "count": 1, "probability": 1.0}}.
 * {@code code} and {@code description} optionally set the ApiFault of a {@code status} fault.
 */
public record FaultSpec(String method, String path, String kind, Integer status, Integer retryAfterSeconds, Long latencyMs,
                        Integer count, Double probability, Integer code, String description) {
}

package org.partnercommerce.emulator.order;

/** An order group a checkout could not turn into an order: {@code {"orderGroupId", "code", "description"}}. */
public record OrderError(String orderGroupId, int code, String description) {
}

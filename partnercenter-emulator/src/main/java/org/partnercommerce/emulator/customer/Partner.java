package org.partnercommerce.emulator.customer;

/** The partner whose Partner Center this is: an indirect provider with its own MPN id. */
public record Partner(String tenantId, String name, String domain, String mpnId, String partnerType) {
}

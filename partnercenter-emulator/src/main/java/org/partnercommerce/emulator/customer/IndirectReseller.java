package org.partnercommerce.emulator.customer;

/** An indirect reseller the partner (an indirect provider) works with, known by its MPN id (PartnerID). */
public record IndirectReseller(String tenantId, String name, String mpnId, String location, String state) {
}

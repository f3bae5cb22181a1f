package org.partnercommerce.emulator.catalog;

/** A country the partner sells in, with the currency its prices are in. */
public record Market(String country, String currency, String currencySymbol) {
}

package org.partnercommerce.emulator.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * What an order line's offer id names in the catalog, in any market: a product's SKU (for a
 * catalog item id {@code product:sku:availability}), or a legacy offer. Either may be missing
 * when the catalog no longer has it (an order kept in a state file), then only the id is known.
 *
 * @param product     null for a legacy offer or an item the catalog lacks
 * @param sku         null with {@code product}, or when the product lacks the SKU
 * @param legacyOffer null for a catalog item
 */
public record CatalogEntry(String offerId, Product product, Sku sku, LegacyOffer legacyOffer) {

    private static final String AZURE = "Azure";
    private static final String AZURE_PLAN = "AzurePlan";
    private static final String SOFTWARE = "Software";
    private static final String SAAS = "SaaS";

    /** The product type's {@code id}, e.g. {@code OnlineServices}; empty for a legacy offer. */
    public String productTypeId() {
        return product == null || product.productType() == null ? "" : product.productType().path("id").asText("");
    }

    /** The product type's {@code subType.id}, e.g. {@code AzurePlan}, {@code VirtualMachines}, {@code Perpetual}. */
    public String productSubTypeId() {
        return product == null || product.productType() == null ? "" : product.productType().path("subType").path("id").asText("");
    }

    public Optional<JsonNode> productType() {
        return Optional.ofNullable(product).map(Product::productType);
    }

    public boolean isLegacyOffer() {
        return legacyOffer != null;
    }

    public boolean isAzurePlan() {
        return productTypeId().equalsIgnoreCase(AZURE) && productSubTypeId().equalsIgnoreCase(AZURE_PLAN);
    }

    /** An Azure reservation: of product type Azure, but not the Azure plan (e.g. listed in the AzureReservations views). */
    public boolean isAzureReservation() {
        return productTypeId().equalsIgnoreCase(AZURE) && !isAzurePlan();
    }

    public boolean isSoftware() {
        return productTypeId().equalsIgnoreCase(SOFTWARE);
    }

    /** A third-party SaaS offer of the commercial marketplace. */
    public boolean isSaaS() {
        return productTypeId().equalsIgnoreCase(SAAS);
    }

    /** The SKU title or the legacy offer name; the offer id when the catalog lacks both. */
    public String title() {
        if (sku != null) {
            return sku.title();
        }
        return legacyOffer != null ? legacyOffer.name() : offerId;
    }

    /** A dynamic attribute of the SKU, e.g. {@code reservationType}. */
    public Optional<String> skuAttribute(String name) {
        return Optional.ofNullable(sku).map(Sku::dynamicAttributes).map(attributes -> attributes.get(name)).map(String::valueOf);
    }

    /** The SKU's {@code duration} attribute as a period: {@code 1Year} is P1Y, {@code 3Years} P3Y, {@code 1Month} P1M. */
    public Optional<Period> skuDuration() {
        return skuAttribute("duration").flatMap(CatalogEntry::period);
    }

    private static Optional<Period> period(String duration) {
        String value = duration.trim().toLowerCase(Locale.ROOT);
        int unit = 0;
        while (unit < value.length() && Character.isDigit(value.charAt(unit))) {
            unit++;
        }
        if (unit == 0) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(value.substring(0, unit));
        String rest = value.substring(unit);
        if (rest.startsWith("year")) {
            return Optional.of(Period.ofYears(amount));
        }
        if (rest.startsWith("month")) {
            return Optional.of(Period.ofMonths(amount));
        }
        return rest.startsWith("day") ? Optional.of(Period.ofDays(amount)) : Optional.empty();
    }
}

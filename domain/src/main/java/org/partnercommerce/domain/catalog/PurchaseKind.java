package org.partnercommerce.domain.catalog;

/**
 * What kind of purchase a catalog item is, as far as the cart rules care. It is read
 * from the catalog data alone (see {@link CatalogItem#kind()}), in this order:
 *
 * <ol>
 *   <li>{@link #LEGACY_OFFER}: an offer of the legacy Offers API (a catalog item id that is
 *       not {@code product:sku:availability});</li>
 *   <li>{@link #FREE_TRIAL}: the SKU says {@code isTrial};</li>
 *   <li>{@link #AZURE_RESERVATION}: the SKU's purchase prerequisites include
 *       {@code InventoryCheck} (Azure reserved instances);</li>
 *   <li>{@link #PERPETUAL_SOFTWARE} and {@link #AZURE_PLAN}: no term of the availability
 *       carries a duration (the catalog sells them without a term); billed only
 *       {@code one_time} it is perpetual software, otherwise the Azure plan;</li>
 *   <li>{@link #LICENCE_BASED}: a Microsoft product ({@code isMicrosoftProduct}) whose terms
 *       carry durations and are billed periodically, never {@code one_time} (the new
 *       commerce licences, {@code CFQ7TTC0...});</li>
 *   <li>{@link #SUBSCRIPTION}: anything else bought on a term (third-party SaaS, software
 *       subscriptions).</li>
 * </ol>
 */
public enum PurchaseKind {
    LEGACY_OFFER("a legacy offer"),
    FREE_TRIAL("a free trial"),
    AZURE_RESERVATION("an Azure reservation"),
    PERPETUAL_SOFTWARE("perpetual software"),
    AZURE_PLAN("an Azure plan"),
    LICENCE_BASED("a licence-based subscription"),
    SUBSCRIPTION("a subscription");

    private final String description;

    PurchaseKind(String description) {
        this.description = description;
    }

    /** The kind in words, for sentences: "an Azure plan", "a free trial", "perpetual software". */
    public String description() {
        return description;
    }

    /** Whether the catalog sells it without a term duration (the Azure plan, perpetual software). */
    public boolean boughtWithoutTerm() {
        return this == AZURE_PLAN || this == PERPETUAL_SOFTWARE;
    }
}

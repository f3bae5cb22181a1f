package org.partnercommerce.domain.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.partnercommerce.domain.billing.CurrencyCode;

/**
 * What the catalog says about one item a cart line buys: a product, SKU and availability
 * of the modern catalog, or an offer of the legacy catalog.
 */
public sealed interface CatalogItem permits CatalogItem.Modern, CatalogItem.Legacy {

    CatalogItemId id();

    /** The item's name, for sentences. */
    String title();

    /** What kind of purchase it is; see {@link PurchaseKind} for how the catalog says so. */
    PurchaseKind kind();

    int minimumQuantity();

    /** The largest quantity, or nothing when the catalog sets no maximum (0 or less). */
    Optional<Integer> maximumQuantity();

    /** The currency it is sold in, when the catalog says (legacy offers do not). */
    Optional<CurrencyCode> currency();

    /**
     * How a line of this quantity falls outside the item's minimum and maximum, in words that follow
     * the item's name ("is bought at most 300 at a time; the line asks for 301."); empty within them.
     */
    default Optional<String> quantityOutOfLimits(int quantity) {
        if (quantity < minimumQuantity()) {
            return Optional.of("is bought at least " + minimumQuantity() + " at a time; the line asks for " + quantity + ".");
        }
        return maximumQuantity().filter(maximum -> quantity > maximum)
                .map(maximum -> "is bought at most " + maximum + " at a time; the line asks for " + quantity + ".");
    }

    static Modern modern(Product product, Sku sku, Availability availability) {
        return new Modern(product, sku, availability);
    }

    static Legacy legacy(Offer offer) {
        return new Legacy(offer);
    }

    /** A product, one of its SKUs, and one availability of that SKU. */
    record Modern(Product product, Sku sku, Availability availability) implements CatalogItem {

        public Modern {
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(availability, "availability");
            if (!sku.productId().equals(product.id()) || !availability.productId().equals(product.id())
                    || !availability.skuId().equals(sku.id())) {
                throw new IllegalArgumentException("The SKU " + sku.productId() + ":" + sku.id() + " and the availability "
                        + availability.catalogItemId() + " are not of product " + product.id());
            }
        }

        @Override
        public CatalogItemId.Modern id() {
            return availability.catalogItemId();
        }

        @Override
        public String title() {
            return sku.title() == null || sku.title().isBlank() ? product.title() : sku.title();
        }

        @Override
        public PurchaseKind kind() {
            if (sku.trial()) {
                return PurchaseKind.FREE_TRIAL;
            }
            if (sku.requiresInventoryCheck()) {
                return PurchaseKind.AZURE_RESERVATION;
            }
            if (availability.terms().stream().allMatch(term -> term.termDuration().isEmpty())) {
                return billingCycles().allMatch(BillingCycle.ONE_TIME::equals) && billingCycles().findAny().isPresent()
                        ? PurchaseKind.PERPETUAL_SOFTWARE
                        : PurchaseKind.AZURE_PLAN;
            }
            if (product.microsoftProduct() && billingCycles().noneMatch(BillingCycle.ONE_TIME::equals)) {
                return PurchaseKind.LICENCE_BASED;
            }
            return PurchaseKind.SUBSCRIPTION;
        }

        /** The cycles it is billed on: those of the availability's terms, or the SKU's when there are no terms. */
        public Stream<BillingCycle> billingCycles() {
            return availability.terms().isEmpty()
                    ? sku.supportedBillingCycles().stream()
                    : availability.terms().stream().map(AvailabilityTerm::billingCycle);
        }

        /**
         * Whether a line may buy it on this term duration (or none) and billing cycle: one of
         * the availability's terms, or, for an availability without terms, no duration and
         * one of the SKU's billing cycles.
         */
        public boolean sellsOn(TermDuration duration, BillingCycle billingCycle) {
            if (availability.terms().isEmpty()) {
                return duration == null
                        && (sku.supportedBillingCycles().isEmpty() || sku.supportedBillingCycles().contains(billingCycle));
            }
            return availability.offers(duration, billingCycle);
        }

        /** The terms it is sold on, in words: "P1M billed monthly, P1Y billed annual". */
        public String termsInWords() {
            if (availability.terms().isEmpty()) {
                List<BillingCycle> cycles = sku.supportedBillingCycles();
                return cycles.isEmpty() ? "no term duration"
                        : "no term duration, billed " + String.join(" or ", cycles.stream().map(BillingCycle::wireName).toList());
            }
            return String.join(", ", availability.terms().stream()
                    .map(term -> term.termDuration().map(TermDuration::value).orElse("no term duration")
                            + " billed " + term.billingCycle().wireName())
                    .distinct()
                    .toList());
        }

        @Override
        public int minimumQuantity() {
            return sku.minimumQuantity();
        }

        @Override
        public Optional<Integer> maximumQuantity() {
            return sku.maximumQuantity() > 0 ? Optional.of(sku.maximumQuantity()) : Optional.empty();
        }

        @Override
        public Optional<CurrencyCode> currency() {
            return Optional.ofNullable(availability.defaultCurrency()).map(DefaultCurrency::currencyCode);
        }
    }

    /** An offer of the legacy catalog. */
    record Legacy(Offer offer) implements CatalogItem {

        public Legacy {
            Objects.requireNonNull(offer, "offer");
        }

        @Override
        public CatalogItemId.LegacyOffer id() {
            return offer.id();
        }

        @Override
        public String title() {
            return offer.name();
        }

        @Override
        public PurchaseKind kind() {
            return PurchaseKind.LEGACY_OFFER;
        }

        @Override
        public int minimumQuantity() {
            return offer.minimumQuantity();
        }

        @Override
        public Optional<Integer> maximumQuantity() {
            return offer.maximumQuantity() > 0 ? Optional.of(offer.maximumQuantity()) : Optional.empty();
        }

        @Override
        public Optional<CurrencyCode> currency() {
            return Optional.empty();
        }
    }
}

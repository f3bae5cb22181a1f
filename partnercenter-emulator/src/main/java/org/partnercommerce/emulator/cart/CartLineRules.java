package org.partnercommerce.emulator.cart;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercommerce.emulator.catalog.Availability;
import org.partnercommerce.emulator.catalog.Catalog;
import org.partnercommerce.emulator.catalog.InventoryCheck;
import org.partnercommerce.emulator.catalog.LegacyOffer;
import org.partnercommerce.emulator.catalog.MarketCatalog;
import org.partnercommerce.emulator.catalog.Product;
import org.partnercommerce.emulator.catalog.Promotion;
import org.partnercommerce.emulator.catalog.Sku;
import org.partnercommerce.emulator.catalog.Term;
import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Partner;
import org.partnercommerce.emulator.subscription.CustomTermEndDates;
import org.partnercommerce.emulator.subscription.SeatsHeld;
import org.partnercommerce.emulator.wire.WireNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks one cart line against the catalog as the customer's market sees it, and prices it. A
 * problem becomes the line's {@link CartError} (the first found, in this order), never a failed
 * request:
 * <ol>
 *     <li>10001 the item is unknown or not sold in the customer's country;</li>
 *     <li>10013 billing cycle and term duration are not one of the availability's terms (a term
 *     duration on a term-less item is such a mismatch, and so is {@code none} for a paid item),
 *     or a trial's {@code renewsTo} is not one of its renewal options;</li>
 *     <li>10015 the quantity is outside the SKU's minimum and maximum, or above what the SKU's seat
 *     cap per customer (where the seed sets one) leaves once the seats the customer holds of it
 *     are counted ({@link SeatsHeld}; {@code purchasedQuantity}, {@code availableQuantity}) — a
 *     fault no cart can see before Partner Center answers;</li>
 *     <li>10010 invalid input: the provisioning context lacks what the SKU needs, {@code renewsTo}
 *     on an item that is not a trial, add-on items (not emulated);</li>
 *     <li>10003 the inventory check says the item may not be bought for that subscription and region;</li>
 *     <li>10012 the SKU enforces attestation and the line does not accept it;</li>
 *     <li>10004 participants from a partner that may not send any, 10010 participants that are not
 *     valid (see {@link ParticipantRules});</li>
 *     <li>10016 / 10017 a custom term end date where none is allowed, or a wrong one;</li>
 *     <li>10014 a promotion the seed does not know for the SKU and term.</li>
 * </ol>
 * Legacy offers are checked for existence, billing cycle, quantity and participants only.
 */
public final class CartLineRules {

    private final Catalog catalog;
    private final InventoryCheck inventory;
    private final ParticipantRules participants;
    private final CustomTermEndDateRule customTermEndDate;
    private final ProvisioningContextRule provisioningContext = new ProvisioningContextRule();
    private final SeatsHeld seatsHeld;

    public CartLineRules(Catalog catalog, Partner partner, CustomTermEndDates endDates, SeatsHeld seatsHeld) {
        this.seatsHeld = seatsHeld;
        this.catalog = catalog;
        this.inventory = new InventoryCheck(catalog);
        this.participants = new ParticipantRules(partner);
        this.customTermEndDate = new CustomTermEndDateRule(endDates);
    }

    /** The line as the cart keeps it, numbered {@code id}, with its pricing or its error; not yet grouped. */
    public CartLine apply(Customer customer, MarketCatalog market, RequestedLine line, int id) {
        String currency = market.market().currency();
        Optional<CatalogItemId> item = CatalogItemId.parse(line.catalogItemId());
        if (item.isEmpty()) {
            return legacy(customer, market, line, id, currency);
        }
        CatalogItemId itemId = item.get();
        Optional<Product> product = market.product(itemId.productId());
        Optional<Sku> sku = product.flatMap(found -> market.sku(found, itemId.skuId()));
        Optional<Availability> availability = sku.flatMap(found -> market.availability(found, itemId.availabilityId()));
        if (availability.isEmpty() || !availability.get().isPurchasable()) {
            return CartLine.from(line, id, currency, null, CartError.of(CartErrorCode.CATALOG_ITEM_ID_IS_NOT_VALID,
                    "The catalog item '" + line.catalogItemId() + "' is not valid or is not sold in " + market.market().country() + "."), null);
        }
        return modern(customer, line, id, currency, product.get(), sku.get(), availability.get());
    }

    private CartLine modern(Customer customer, RequestedLine line, int id, String currency, Product product, Sku sku,
                            Availability availability) {
        Optional<Term> term = availability.terms().stream()
                .filter(candidate -> Objects.equals(candidate.termDuration().orElse(null), line.termDuration()))
                .filter(candidate -> candidate.cycle() == line.billingCycle())
                .findFirst();
        Optional<Promotion> promotion = Optional.ofNullable(line.promotionId()).flatMap(catalog::promotion)
                .filter(found -> found.appliesTo(product.id(), sku.id(), line.termDuration()));
        Optional<CartError> error = first(
                () -> term.isEmpty() ? billingPlanNotSupported(line, availability) : Optional.empty(),
                () -> renewsTo(line, sku, term.orElseThrow()),
                () -> quantity(line.quantity(), sku.minimumQuantity(), sku.maximumQuantity()),
                () -> sku.seatCapPerCustomer().flatMap(cap -> seats(customer, product, sku, cap, line.quantity())),
                () -> line.hasAddonItems() ? invalidInput("Add-on items in a cart line are not supported by the emulator.") : Optional.empty(),
                () -> provisioningContext.check(sku, line.provisioningContext()),
                () -> inventory(customer, product, sku, line),
                () -> attestation(sku, line),
                () -> participants.check(customer, line.participants()),
                () -> customTermEndDate.check(customer, line.customTermEndDate(), product.licenceBased(sku), line.termDuration()),
                () -> line.promotionId() != null && promotion.isEmpty()
                        ? Optional.of(CartError.of(CartErrorCode.INVALID_PROMOTION_ID, "The promotion '" + line.promotionId()
                        + "' is not known for " + product.id() + ":" + sku.id() + " with term " + line.termDuration() + "."))
                        : Optional.empty());
        Pricing pricing = term.map(found -> LinePricing.of(found, currency, line.quantity(), promotion)).orElse(null);
        return CartLine.from(line, id, currency, sku.title(), error.orElse(null), pricing);
    }

    private CartLine legacy(Customer customer, MarketCatalog market, RequestedLine line, int id, String currency) {
        Optional<LegacyOffer> offer = market.legacyOffer(line.catalogItemId());
        if (offer.isEmpty()) {
            return CartLine.from(line, id, currency, null, CartError.of(CartErrorCode.CATALOG_ITEM_ID_IS_NOT_VALID,
                    "The catalog item '" + line.catalogItemId() + "' is neither product:sku:availability nor an offer sold in "
                            + market.market().country() + "."), null);
        }
        LegacyOffer found = offer.get();
        Optional<CartError> error = first(
                () -> found.supportedBillingCycles().stream().anyMatch(cycle -> WireNames.same(cycle, line.billingCycle().wire()))
                        ? Optional.empty()
                        : Optional.of(CartError.of(CartErrorCode.BILLING_PLAN_NOT_SUPPORTED, "The offer " + found.id()
                        + " is not billed " + line.billingCycle().wire() + "; it supports " + found.supportedBillingCycles() + ".")),
                () -> quantity(line.quantity(), found.minimumQuantity(), found.maximumQuantity()),
                () -> line.renewsTo() != null || line.hasAddonItems()
                        ? invalidInput("renewsTo and add-on items are not supported for the legacy offer " + found.id() + ".")
                        : Optional.empty(),
                () -> participants.check(customer, line.participants()),
                () -> customTermEndDate.check(customer, line.customTermEndDate(), false, line.termDuration()),
                () -> line.promotionId() != null
                        ? Optional.of(CartError.of(CartErrorCode.INVALID_PROMOTION_ID, "Legacy offers take no promotion id."))
                        : Optional.empty());
        return CartLine.from(line, id, currency, found.name(), error.orElse(null), null);
    }

    private static Optional<CartError> billingPlanNotSupported(RequestedLine line, Availability availability) {
        List<String> offered = availability.terms().stream()
                .map(term -> term.termDuration().orElse("(no term duration)") + " " + term.cycle().wire())
                .toList();
        return Optional.of(CartError.of(CartErrorCode.BILLING_PLAN_NOT_SUPPORTED, "Billing cycle " + line.billingCycle().wire()
                + " with term duration " + Optional.ofNullable(line.termDuration()).orElse("(none)") + " is not offered for "
                + line.catalogItemId() + "; offered: " + String.join(", ", offered) + "."));
    }

    private static Optional<CartError> renewsTo(RequestedLine line, Sku sku, Term term) {
        if (line.renewsTo() == null) {
            return Optional.empty();
        }
        if (!sku.isTrial()) {
            return invalidInput("renewsTo is for trials only; " + line.catalogItemId() + " is not a trial.");
        }
        boolean offered = false;
        if (term.renewalOptions() != null) {
            for (JsonNode option : term.renewalOptions()) {
                offered |= option.path("termDuration").asText("").equalsIgnoreCase(line.renewsTo());
            }
        }
        return offered ? Optional.empty() : Optional.of(CartError.of(CartErrorCode.BILLING_PLAN_NOT_SUPPORTED,
                "The trial cannot renew to " + line.renewsTo() + "; its renewal options are " + term.renewalOptions() + "."));
    }

    private static Optional<CartError> quantity(int quantity, int minimum, int maximum) {
        if (quantity >= minimum && quantity <= maximum) {
            return Optional.empty();
        }
        Map<String, Object> information = new LinkedHashMap<>();
        information.put("minimumQuantity", minimum);
        information.put("maximumQuantity", maximum);
        return Optional.of(CartError.of(CartErrorCode.MAX_ALLOWED_SEATS_PER_SUBSCRIPTION_EXCEEDED,
                "The quantity " + quantity + " is outside the allowed " + minimum + ".." + maximum + ".", information));
    }

    private Optional<CartError> seats(Customer customer, Product product, Sku sku, int cap, int quantity) {
        int purchased = seatsHeld.of(customer.id(), product.id() + ":" + sku.id());
        int available = Math.max(0, cap - purchased);
        if (quantity <= available) {
            return Optional.empty();
        }
        Map<String, Object> information = new LinkedHashMap<>();
        information.put("availableQuantity", available);
        information.put("purchasedQuantity", purchased);
        return Optional.of(CartError.of(CartErrorCode.MAX_ALLOWED_SEATS_PER_SUBSCRIPTION_EXCEEDED, "Max allowed seats per "
                + "subscription exceeded: the customer holds " + purchased + " of the " + cap + " seats "
                + product.id() + ":" + sku.id() + " allows; " + available + " are left, " + quantity + " were asked for.",
                information));
    }

    private Optional<CartError> inventory(Customer customer, Product product, Sku sku, RequestedLine line) {
        if (!sku.needsInventoryCheck()) {
            return Optional.empty();
        }
        String subscription = line.provisioningContext().entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("subscriptionId"))
                .map(Map.Entry::getValue).findFirst().orElse("");
        if (subscription.isBlank()) {
            return invalidInput("The SKU needs an inventory check: the provisioning context must name the Azure subscriptionId.");
        }
        Map<String, String> context = new LinkedHashMap<>();
        context.put("customerId", customer.id());
        context.put("azureSubscriptionId", subscription);
        context.put("armRegionName", sku.armRegionName().orElse("none"));
        return inventory.restrictions(product, sku, context).stream().findFirst()
                .map(restriction -> CartError.of(CartErrorCode.INVENTORY_NOT_AVAILABLE, restriction.description(),
                        Map.of("reasonCode", restriction.reasonCode())));
    }

    private static Optional<CartError> attestation(Sku sku, RequestedLine line) {
        boolean enforced = sku.attestationProperties() != null && sku.attestationProperties().path("enforceAttestation").asBoolean(false);
        if (!enforced || Boolean.TRUE.equals(line.attestationAccepted())) {
            return Optional.empty();
        }
        return Optional.of(CartError.of(CartErrorCode.ATTESTATION_NOT_ACCEPTED, "The SKU " + sku.title() + " requires attestation ("
                + sku.attestationProperties().path("attestationType").asText("") + "); set attestationAccepted to true."));
    }

    /** NCE licence-based: a Microsoft online service (not SaaS, not a trial). */
    private static Optional<CartError> invalidInput(String description) {
        return Optional.of(CartError.of(CartErrorCode.INVALID_INPUT, description));
    }

    @SafeVarargs
    private static Optional<CartError> first(Supplier<Optional<CartError>>... checks) {
        for (Supplier<Optional<CartError>> check : checks) {
            Optional<CartError> error = check.get();
            if (error.isPresent()) {
                return error;
            }
        }
        return Optional.empty();
    }
}

package org.partnercommerce.domain.cart;

import java.util.ArrayList;
import java.util.List;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.shared.CartRuleViolation;

/**
 * The catalog item exists ({@code 10001}) and can be bought by this customer: sold in its
 * country and segment ({@code 800070}), purchasable ({@code 800020}; {@code 500600} for a
 * legacy offer no longer available).
 */
final class CatalogItemRule implements LineRule {

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        if (line.item().isEmpty()) {
            return List.of(new CartRuleViolation.CatalogItemIdNotValid(line.lineId(),
                    "The catalog item " + line.line().catalogItemId().value() + " is not in the catalog of "
                            + line.purchase().customer().country() + "."));
        }
        Customer customer = line.purchase().customer();
        List<CartRuleViolation> problems = new ArrayList<>();
        switch (line.item().get()) {
            case CatalogItem.Modern modern -> {
                Availability availability = modern.availability();
                if (!availability.country().equals(customer.country())) {
                    problems.add(new CartRuleViolation.NotAvailableInCountry(line.lineId(), line.title()
                            + " is sold in " + availability.country() + ", not in the customer's country, " + customer.country() + "."));
                }
                if (availability.segment() != null && !customer.buysIn(availability.segment())) {
                    problems.add(new CartRuleViolation.NotAvailableInCountry(line.lineId(), line.title()
                            + " is sold in the " + availability.segment().wireName() + " segment, which the customer does not buy in."));
                }
                if (!availability.purchasable()) {
                    problems.add(new CartRuleViolation.NotEligibleForPurchase(line.lineId(),
                            line.title() + " cannot be purchased (isPurchasable is false)."));
                }
            }
            case CatalogItem.Legacy legacy -> {
                Offer offer = legacy.offer();
                if (!offer.country().equals(customer.country())) {
                    problems.add(new CartRuleViolation.NotAvailableInCountry(line.lineId(), line.title()
                            + " is offered in " + offer.country() + ", not in the customer's country, " + customer.country() + "."));
                }
                if (!offer.availableForPurchase()) {
                    problems.add(new CartRuleViolation.LegacyOfferNotEligibleForPurchase(line.lineId(),
                            line.title() + " is a legacy offer that can no longer be bought."));
                }
            }
        }
        return problems;
    }
}

package org.partnercommerce.domain.order;

import java.util.List;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.Country;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/**
 * The offer — a legacy offer id or a catalog item id alike — is sold in the customer's country
 * ({@code 800004}) and may be bought ({@code 800020}).
 */
final class OfferRule implements OrderRule.OfEachLine {

    @Override
    public List<OrderRuleViolation> check(OrderLineUnderCheck line) {
        Country country = line.order().purchase().customer().country();
        if (line.item().isEmpty()) {
            return List.of(new OrderRuleViolation.OfferNotValid(line.position(), "The offer " + line.line().offerId().value()
                    + " is not sold in the customer's country, " + country + "."));
        }
        CatalogItem item = line.item().get();
        Country soldIn = switch (item) {
            case CatalogItem.Modern modern -> modern.availability().country();
            case CatalogItem.Legacy legacy -> legacy.offer().country();
        };
        if (!soldIn.equals(country)) {
            return List.of(new OrderRuleViolation.OfferNotValid(line.position(), line.title() + " is sold in " + soldIn
                    + ", not in the customer's country, " + country + "."));
        }
        boolean purchasable = switch (item) {
            case CatalogItem.Modern modern -> modern.availability().purchasable();
            case CatalogItem.Legacy legacy -> legacy.offer().availableForPurchase();
        };
        if (!purchasable) {
            return List.of(new OrderRuleViolation.OfferNotEligibleForPurchase(line.position(), line.title()
                    + " can no longer be bought."));
        }
        return List.of();
    }
}

package org.partnercommerce.domain.cart;

import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.shared.CartRuleViolation;

/** The quantity stays within the SKU's (or legacy offer's) minimum and maximum ({@code 10015}). */
final class QuantityRule implements LineRule {

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        if (line.item().isEmpty()) {
            return List.of();
        }
        CatalogItem item = line.item().get();
        int quantity = line.line().quantity().value();
        Optional<Integer> maximum = item.maximumQuantity();
        if (quantity < item.minimumQuantity()) {
            return List.of(new CartRuleViolation.QuantityOutOfRange(line.lineId(), line.title() + " is bought at least "
                    + item.minimumQuantity() + " at a time; the line asks for " + quantity + "."));
        }
        if (maximum.isPresent() && quantity > maximum.get()) {
            return List.of(new CartRuleViolation.QuantityOutOfRange(line.lineId(), line.title() + " is bought at most "
                    + maximum.get() + " at a time; the line asks for " + quantity + "."));
        }
        return List.of();
    }
}

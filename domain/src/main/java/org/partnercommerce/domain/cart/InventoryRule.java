package org.partnercommerce.domain.cart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.InventoryRestriction;
import org.partnercommerce.domain.catalog.InventoryVerdict;
import org.partnercommerce.domain.catalog.Sku;
import org.partnercommerce.domain.shared.CartRuleViolation;

/**
 * A SKU whose purchase prerequisites include {@code InventoryCheck} is bought only with a
 * passing inventory result for this customer and context ({@code 10003}); see
 * {@link InventoryQuestion} for the context a line is checked in.
 */
final class InventoryRule implements LineRule {

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        Optional<CatalogItem.Modern> item = line.modernItem();
        if (item.isEmpty() || !item.get().sku().requiresInventoryCheck()) {
            return List.of();
        }
        Sku sku = item.get().sku();
        Map<String, String> context = InventoryQuestion.context(line.draft().customerId(), sku, line.line());
        InventoryVerdict verdict = line.purchase().inventory().verdictFor(sku.productId(), sku.id(), context);
        return switch (verdict) {
            case InventoryVerdict.Available available -> List.of();
            case InventoryVerdict.Restricted restricted -> List.of(new CartRuleViolation.InventoryNotAvailable(line.lineId(),
                    line.title() + " is not available in " + inWords(context) + ": " + reasons(restricted.restrictions()) + "."));
            case InventoryVerdict.NotChecked notChecked -> List.of(new CartRuleViolation.InventoryNotAvailable(line.lineId(),
                    line.title() + " needs a passing inventory check in " + inWords(context) + "; there is none."));
        };
    }

    private static String inWords(Map<String, String> context) {
        return context.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", ", "the context {", "}"));
    }

    private static String reasons(List<InventoryRestriction> restrictions) {
        if (restrictions.isEmpty()) {
            return "Partner Center reports it restricted";
        }
        return restrictions.stream()
                .map(restriction -> restriction.description() == null || restriction.description().isBlank()
                        ? restriction.reasonCode() : restriction.description())
                .collect(Collectors.joining("; "));
    }
}

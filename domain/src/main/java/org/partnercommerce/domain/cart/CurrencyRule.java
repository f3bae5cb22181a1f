package org.partnercommerce.domain.cart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.order.OrderGroup;
import org.partnercommerce.domain.shared.CartRuleViolation;

/**
 * One currency within an order group ({@code 10000}): an order is in one currency, so the
 * first line of a group that has a currency sets it, and a later line priced in another
 * breaks the rule. Lines whose currency is not known (legacy offers) are not held to it.
 */
final class CurrencyRule {

    private CurrencyRule() {
    }

    static List<CartRuleViolation> check(List<CartLineItem> items) {
        Map<OrderGroup, CurrencyCode> currencyOfGroup = new HashMap<>();
        List<CartRuleViolation> problems = new ArrayList<>();
        for (CartLineItem item : items) {
            item.currency().ifPresent(currency -> {
                CurrencyCode groupCurrency = currencyOfGroup.putIfAbsent(item.orderGroup(), currency);
                if (groupCurrency != null && !groupCurrency.equals(currency)) {
                    problems.add(new CartRuleViolation.CurrencyNotSupported(item.id(), item.line().catalogItemId().value()
                            + " is sold in " + currency + ", but order group " + item.orderGroup() + " is in " + groupCurrency
                            + "; the lines of one order are in one currency."));
                }
            });
        }
        return problems;
    }
}

package org.partnercommerce.domain.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.shared.Guid;

/**
 * The provisioning context holds every key the SKU's provisioning variables name (in
 * camelCase: {@code Scope} is {@code scope}), with a valid value ({@code 10010}):
 * {@code scope} is {@code shared} or {@code single}; {@code subscriptionId} (and
 * {@code azureSubscriptionId}) is a GUID; {@code duration} is {@code 1Year},
 * {@code 3Years} (or {@code 3Year}) and agrees with the term duration. {@code duration}
 * may be left out when the line's term says it: Partner Center's own reservation example
 * sends only {@code subscriptionId} and {@code scope}. Keys the SKU does not name are not
 * looked at.
 */
final class ProvisioningContextRule implements LineRule {

    private static final Pattern YEARS = Pattern.compile("(\\d+)Years?", Pattern.CASE_INSENSITIVE);

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        Optional<CatalogItem.Modern> item = line.modernItem();
        if (item.isEmpty()) {
            return List.of();
        }
        List<CartRuleViolation> problems = new ArrayList<>();
        for (String variable : item.get().sku().provisioningVariables()) {
            String key = camelCase(variable);
            Optional<String> value = line.line().provisioningContext().value(key);
            if (value.isEmpty()) {
                if (!statedByTerm(key, line.line())) {
                    problems.add(invalid(line, line.title() + " needs '" + key + "' in its provisioning context."));
                }
                continue;
            }
            invalidValue(key, value.get(), line.line()).ifPresent(reason -> problems.add(invalid(line, reason)));
        }
        return problems;
    }

    private static Optional<String> invalidValue(String key, String value, CartLine line) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "scope" -> value.equalsIgnoreCase("shared") || value.equalsIgnoreCase("single")
                    ? Optional.empty()
                    : Optional.of("The reservation scope '" + value + "' is neither shared nor single.");
            case "subscriptionid", "azuresubscriptionid" -> Guid.isGuid(value)
                    ? Optional.empty()
                    : Optional.of("The " + key + " '" + value + "' is not a GUID (8-4-4-4-12 hexadecimal digits).");
            case "duration" -> invalidDuration(value, line);
            default -> Optional.empty();
        };
    }

    private static Optional<String> invalidDuration(String value, CartLine line) {
        Matcher years = YEARS.matcher(value);
        if (!years.matches()) {
            return Optional.of("The duration '" + value + "' is not a reservation duration such as 1Year or 3Years.");
        }
        int count = Integer.parseInt(years.group(1));
        return line.termDuration()
                .filter(term -> term.period().toTotalMonths() != 12L * count)
                .map(term -> "The duration '" + value + "' does not agree with the term duration " + term + ".");
    }

    private static boolean statedByTerm(String key, CartLine line) {
        return key.equalsIgnoreCase("duration")
                && line.termDuration().map(TermDuration::period).filter(period -> period.getMonths() == 0).isPresent();
    }

    private static CartRuleViolation invalid(LineUnderCheck line, String reason) {
        return new CartRuleViolation.ProvisioningContextNotValid(line.lineId(), reason);
    }

    static String camelCase(String variable) {
        return variable.isEmpty() ? variable : Character.toLowerCase(variable.charAt(0)) + variable.substring(1);
    }
}

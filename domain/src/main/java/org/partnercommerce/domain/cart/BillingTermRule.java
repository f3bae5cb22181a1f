package org.partnercommerce.domain.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.Offer;
import org.partnercommerce.domain.catalog.PurchaseKind;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.shared.CartRuleViolation;

/**
 * The billing cycle and term duration of a line form one of the terms it is sold on
 * ({@code 10013}):
 * <ul>
 *   <li>the Azure plan and perpetual software carry no term duration at all;</li>
 *   <li>Azure reservations and perpetual software are billed {@code one_time};</li>
 *   <li>free trials are billed {@code none}, and renew ({@code renewsTo}) to {@code P1M} or
 *       {@code P1Y} only; no other line carries {@code renewsTo} ({@code 10010});</li>
 *   <li>otherwise the pair is one of the availability's terms (for an availability without
 *       terms: no duration and one of the SKU's billing cycles); a legacy offer is billed on
 *       one of its supported cycles (its term is not checked).</li>
 * </ul>
 * The general check speaks only when none of the kind-specific ones did, so one mistake
 * makes one problem.
 */
final class BillingTermRule implements LineRule {

    private static final Set<TermDuration> TRIAL_RENEWALS = Set.of(TermDuration.ONE_MONTH, TermDuration.ONE_YEAR);

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        if (line.item().isEmpty()) {
            return List.of();
        }
        List<CartRuleViolation> problems = new ArrayList<>();
        switch (line.item().get()) {
            case CatalogItem.Modern modern -> checkModern(line, modern, problems);
            case CatalogItem.Legacy legacy -> checkLegacy(line, legacy.offer(), problems);
        }
        checkRenewal(line, problems);
        return problems;
    }

    private static void checkModern(LineUnderCheck line, CatalogItem.Modern item, List<CartRuleViolation> problems) {
        CartLine cartLine = line.line();
        PurchaseKind kind = item.kind();
        BillingCycle cycle = cartLine.billingCycle();
        Optional<TermDuration> duration = cartLine.termDuration();
        int before = problems.size();
        if (kind.boughtWithoutTerm() && duration.isPresent()) {
            problems.add(plan(line, line.title() + " is " + kind.description() + " and is bought without a term duration; leave out termDuration ("
                    + duration.get() + ")."));
        }
        if ((kind == PurchaseKind.AZURE_RESERVATION || kind == PurchaseKind.PERPETUAL_SOFTWARE) && cycle != BillingCycle.ONE_TIME) {
            problems.add(plan(line, line.title() + " is " + kind.description() + " and is billed one_time, not " + cycle.wireName() + "."));
        }
        if (kind == PurchaseKind.FREE_TRIAL && cycle != BillingCycle.NONE) {
            problems.add(plan(line, line.title() + " is a free trial and is billed none, not " + cycle.wireName() + "."));
        }
        if (problems.size() == before && !item.sellsOn(duration.orElse(null), cycle)) {
            problems.add(plan(line, termInWords(duration) + " billed " + cycle.wireName() + " is not one of the terms of "
                    + line.title() + ": " + item.termsInWords() + "."));
        }
    }

    private static void checkLegacy(LineUnderCheck line, Offer offer, List<CartRuleViolation> problems) {
        BillingCycle cycle = line.line().billingCycle();
        if (!offer.supportedBillingCycles().isEmpty() && !offer.supportedBillingCycles().contains(cycle)) {
            problems.add(plan(line, line.title() + " is billed " + String.join(" or ",
                    offer.supportedBillingCycles().stream().map(BillingCycle::wireName).toList()) + ", not " + cycle.wireName() + "."));
        }
    }

    private static void checkRenewal(LineUnderCheck line, List<CartRuleViolation> problems) {
        Optional<RenewsTo> renewsTo = line.line().renewsTo();
        if (renewsTo.isEmpty()) {
            return;
        }
        if (!isTrial(line.item().orElseThrow())) {
            problems.add(new CartRuleViolation.RenewsToNotApplicable(line.lineId(), "renewsTo is the paid term a free trial "
                    + "converts to; " + line.title() + " is not a free trial."));
        } else if (!TRIAL_RENEWALS.contains(renewsTo.get().termDuration())) {
            problems.add(plan(line, "A free trial renews to P1M or P1Y only, not " + renewsTo.get().termDuration() + "."));
        }
    }

    private static boolean isTrial(CatalogItem item) {
        return switch (item) {
            case CatalogItem.Modern modern -> modern.kind() == PurchaseKind.FREE_TRIAL;
            case CatalogItem.Legacy legacy -> legacy.offer().trial();
        };
    }

    private static CartRuleViolation plan(LineUnderCheck line, String reason) {
        return new CartRuleViolation.BillingPlanNotSupported(line.lineId(), reason);
    }

    private static String termInWords(Optional<TermDuration> duration) {
        return duration.map(TermDuration::value).orElse("No term duration");
    }
}

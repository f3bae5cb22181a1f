package org.partnercommerce.domain.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnercommerce.domain.cart.AllowedTermEndDate;
import org.partnercommerce.domain.cart.AllowedTermEndDates;
import org.partnercommerce.domain.cart.CartDraft;
import org.partnercommerce.domain.cart.CartLine;
import org.partnercommerce.domain.cart.CartValidation;
import org.partnercommerce.domain.cart.PurchaseContext;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.Catalog;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.shared.Country;

/** The customers, partners and instants the tests buy with. */
public final class Purchases {

    public static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    public static final CustomerId CUSTOMER = CustomerId.of("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");
    public static final PartnerId OWN_PARTNER_ID = PartnerId.of("1234567");
    public static final Partner INDIRECT_PROVIDER = new Partner.IndirectProvider(OWN_PARTNER_ID);
    public static final Partner DIRECT_BILL_PARTNER = new Partner.DirectBillPartner(OWN_PARTNER_ID);

    private Purchases() {
    }

    public static Customer customerIn(String country) {
        return Customer.commercial(CUSTOMER, Country.of(country));
    }

    public static Customer customerIn(String country, String... resellers) {
        return customerIn(country).withResellers(IndirectResellers.known(
                Arrays.stream(resellers).map(PartnerId::of).collect(Collectors.toSet())));
    }

    /**
     * A US customer of an indirect provider, with no inventory results, who has no subscription to
     * co-term with: Partner Center allows the month ends of a term starting {@link #NOW}.
     */
    public static PurchaseContext usPurchase() {
        return PurchaseContext.of(customerIn("US"), INDIRECT_PROVIDER).withTermEndDates(monthEnds());
    }

    /** The month ends Partner Center lists for terms of a month, a year and three years starting {@link #NOW}. */
    public static AllowedTermEndDates monthEnds() {
        AllowedTermEndDates allowed = AllowedTermEndDates.none();
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        for (String term : List.of("P1M", "P1Y", "P3Y")) {
            TermDuration duration = TermDuration.parse(term);
            List<AllowedTermEndDate> dates = new ArrayList<>();
            for (LocalDate end = today.with(TemporalAdjusters.lastDayOfMonth()); !end.isAfter(today.plus(duration.period()));
                 end = end.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth())) {
                dates.add(AllowedTermEndDate.monthEnd(end));
            }
            allowed = allowed.with(duration, dates);
        }
        return allowed;
    }

    public static CartValidation validate(List<CartLine> lines, PurchaseContext purchase, CatalogItem... items) {
        return new CartDraft(purchase.customer().id(), lines, true).validate(Catalog.of(items), purchase, NOW);
    }

    /** The problems of a draft of these lines for a US customer, in line order. */
    public static List<CartRuleViolation> problemsOf(CartLine line, CatalogItem... items) {
        return problemsOf(List.of(line), usPurchase(), items);
    }

    public static List<CartRuleViolation> problemsOf(List<CartLine> lines, PurchaseContext purchase, CatalogItem... items) {
        return switch (validate(lines, purchase, items)) {
            case CartValidation.Valid valid -> List.of();
            case CartValidation.Invalid invalid -> invalid.problems();
        };
    }

    /** A line of {@code quantity} of the item, billed {@code cycle}, with a term duration if one is given. */
    public static CartLine line(String catalogItemId, int quantity, BillingCycle cycle, String... termDuration) {
        CartLine line = CartLine.of(CatalogItemId.parse(catalogItemId), quantity, cycle);
        return termDuration.length == 0 ? line : line.withTermDuration(TermDuration.parse(termDuration[0]));
    }

    public static Set<String> codesOf(List<CartRuleViolation> problems) {
        return problems.stream().map(CartRuleViolation::code).collect(Collectors.toSet());
    }
}

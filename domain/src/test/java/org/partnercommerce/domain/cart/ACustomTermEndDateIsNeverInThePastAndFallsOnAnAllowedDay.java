package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercommerce.domain.catalog.BillingCycle.MONTHLY;
import static org.partnercommerce.domain.testing.Purchases.NOW;
import static org.partnercommerce.domain.testing.Purchases.line;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.catalog.CatalogItem;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.order.SubscriptionId;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.testing.CatalogItems;
import org.partnercommerce.domain.testing.Purchases;

class ACustomTermEndDateIsNeverInThePastAndFallsOnAnAllowedDay {

    private static final String ID = "CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P";
    private static final CatalogItem LICENCE = CatalogItems.licence(ID).build();
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private static List<CartRuleViolation> problemsEnding(LocalDate date, String term, PurchaseContext purchase) {
        return Purchases.problemsOf(List.of(line(ID, 1, MONTHLY, term).withCustomTermEndDate(CustomTermEndDate.of(date))),
                purchase, LICENCE);
    }

    private static List<CartRuleViolation> problemsEnding(LocalDate date, String term) {
        return problemsEnding(date, term, Purchases.usPurchase());
    }

    @Test
    void the_last_day_of_a_month_within_the_term_is_allowed() {
        assertThat(problemsEnding(TODAY.with(TemporalAdjusters.lastDayOfMonth()), "P1M")).isEmpty();
        assertThat(problemsEnding(TODAY.plusMonths(11).with(TemporalAdjusters.lastDayOfMonth()), "P1Y")).isEmpty();
    }

    @Test
    void a_day_in_the_past_is_10017() {
        assertThat(problemsEnding(TODAY.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth()), "P1M"))
                .singleElement().isInstanceOfSatisfying(CartRuleViolation.InvalidCustomTermEndDate.class, problem -> {
                    assertThat(problem.code()).isEqualTo("10017");
                    assertThat(problem.reason()).contains("in the past");
                });
    }

    @Test
    void a_day_that_is_not_a_month_end_is_10017() {
        assertThat(problemsEnding(TODAY.plusMonths(3).withDayOfMonth(19), "P1Y")).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("10017");
            assertThat(problem.reason()).contains("not an allowed end date", "the last day of a calendar month");
        });
    }

    @Test
    void today_is_not_in_the_past() {
        LocalDate lastDayOfNovember = LocalDate.of(2026, 11, 30);
        PurchaseContext purchase = Purchases.usPurchase();

        assertThat(Purchases.problemsOf(List.of(line(ID, 1, MONTHLY, "P1M").withCustomTermEndDate(CustomTermEndDate.of(lastDayOfNovember))),
                purchase, LICENCE)).isEmpty();
        assertThat(new CartDraft(Purchases.CUSTOMER, List.of(line(ID, 1, MONTHLY, "P1M")
                .withCustomTermEndDate(CustomTermEndDate.of(lastDayOfNovember))), false)
                .validate(org.partnercommerce.domain.catalog.Catalog.of(LICENCE), purchase,
                        java.time.Instant.parse("2026-11-30T23:59:59Z")))
                .isInstanceOf(CartValidation.Valid.class);
    }

    @Test
    void a_month_end_beyond_the_term_is_10017() {
        assertThat(problemsEnding(TODAY.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()), "P1M"))
                .extracting(CartRuleViolation::code).containsExactly("10017");
    }

    @Test
    void the_end_date_of_a_subscription_to_co_term_with_is_allowed() {
        LocalDate cotermDay = TODAY.plusMonths(4).withDayOfMonth(12);
        TermDuration year = TermDuration.parse("P1Y");
        AllowedTermEndDates withSubscription = Purchases.monthEnds().with(year, List.of(
                AllowedTermEndDate.cotermWith(cotermDay, List.of(SubscriptionId.of("3a1f9c2e-5b7d-4c6e-8f0a-1b2c3d4e5f60")))));

        assertThat(problemsEnding(cotermDay, "P1Y", Purchases.usPurchase().withTermEndDates(withSubscription))).isEmpty();
        assertThat(problemsEnding(cotermDay, "P1Y")).extracting(CartRuleViolation::code).containsExactly("10017");
    }

    @Test
    void a_day_allowed_for_another_term_is_10017() {
        LocalDate cotermDay = TODAY.plusMonths(4).withDayOfMonth(12);
        AllowedTermEndDates forAYearOnly = AllowedTermEndDates.none().with(TermDuration.parse("P1Y"), List.of(
                AllowedTermEndDate.cotermWith(cotermDay, List.of(SubscriptionId.of("3a1f9c2e-5b7d-4c6e-8f0a-1b2c3d4e5f60")))));

        assertThat(problemsEnding(cotermDay, "P1M", Purchases.usPurchase().withTermEndDates(forAYearOnly)))
                .extracting(CartRuleViolation::code).containsExactly("10017");
    }

    @Test
    void the_refusal_says_which_days_partner_center_allows() {
        LocalDate cotermDay = TODAY.plusMonths(4).withDayOfMonth(12);
        TermDuration year = TermDuration.parse("P1Y");
        AllowedTermEndDates allowed = AllowedTermEndDates.none().with(year, List.of(
                AllowedTermEndDate.monthEnd(LocalDate.of(2026, 11, 30)), AllowedTermEndDate.monthEnd(LocalDate.of(2027, 10, 31)),
                AllowedTermEndDate.cotermWith(cotermDay, List.of(SubscriptionId.of("3a1f9c2e-5b7d-4c6e-8f0a-1b2c3d4e5f60")))));

        assertThat(problemsEnding(TODAY.plusMonths(2).withDayOfMonth(3), "P1Y", Purchases.usPurchase().withTermEndDates(allowed)))
                .singleElement().satisfies(problem -> assertThat(problem.reason())
                        .contains("from 2026-11-30 to 2027-10-31", "co-term with: " + cotermDay));
    }

    @Test
    void no_day_is_allowed_when_partner_center_lists_none() {
        assertThat(problemsEnding(TODAY.with(TemporalAdjusters.lastDayOfMonth()), "P1M",
                Purchases.usPurchase().withTermEndDates(AllowedTermEndDates.none())))
                .singleElement().satisfies(problem -> assertThat(problem.reason()).contains("allows none"));
    }
}

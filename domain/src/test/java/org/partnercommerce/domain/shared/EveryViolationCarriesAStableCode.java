package org.partnercommerce.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every broken rule carries a stable code, Partner Center's where one exists, that callers may
 * branch on. Which HTTP status each kind becomes is the REST layer's exhaustive switch, tested there.
 */
class EveryViolationCarriesAStableCode {

    @Test
    void a_line_problem_carries_its_code_line_and_reason() {
        CartRuleViolation rule = new CartRuleViolation.AttestationNotAccepted(1, "Needs attestation.");

        assertThat(rule.code()).isEqualTo("10012");
        assertThat(rule.lineId()).isEqualTo(1);
        assertThat(rule.reason()).isEqualTo("Needs attestation.");
    }

    @Test
    void line_problems_carry_partner_centers_cart_error_codes() {
        assertThat(List.of(
                new CartRuleViolation.CurrencyNotSupported(0, "r"),
                new CartRuleViolation.CatalogItemIdNotValid(0, "r"),
                new CartRuleViolation.InventoryNotAvailable(0, "r"),
                new CartRuleViolation.ParticipantsNotSupportedForPartner(0, "r"),
                new CartRuleViolation.ParticipantsNotValid(0, "r"),
                new CartRuleViolation.AttestationNotAccepted(0, "r"),
                new CartRuleViolation.BillingPlanNotSupported(0, "r"),
                new CartRuleViolation.InvalidPromotionId(0, "r"),
                new CartRuleViolation.QuantityOutOfRange(0, "r"),
                new CartRuleViolation.CustomTermEndDateNotAllowed(0, "r"),
                new CartRuleViolation.InvalidCustomTermEndDate(0, "r"),
                new CartRuleViolation.LegacyOfferNotEligibleForPurchase(0, "r"),
                new CartRuleViolation.NotAvailableInCountry(0, "r")))
                .extracting(DomainViolation::code)
                .containsExactly("10000", "10001", "10003", "10004", "10010", "10012", "10013", "10014", "10015", "10016", "10017",
                        "500600", "800070");
    }
}

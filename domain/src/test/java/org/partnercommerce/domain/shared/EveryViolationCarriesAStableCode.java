package org.partnercommerce.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hierarchy is closed: an edge decides for every kind in one exhaustive {@code switch}
 * (as the REST layer's problem mapper will), and each kind carries its code.
 */
class EveryViolationCarriesAStableCode {

    private static int statusOf(DomainViolation violation) {
        return switch (violation) {
            case InvalidValue invalid -> 400;
            case CartRuleViolation rule -> 422;
            case CartRejected rejected -> 422;
            case CartStateViolation state -> 409;
            case OrderRuleViolation order -> 400;
        };
    }

    @Test
    void each_kind_is_decided_for_and_carries_its_code() {
        CartRuleViolation rule = new CartRuleViolation.AttestationNotAccepted(1, "Needs attestation.");

        assertThat(statusOf(new InvalidValue("quantity", "bad"))).isEqualTo(400);
        assertThat(statusOf(rule)).isEqualTo(422);
        assertThat(statusOf(new CartRejected(List.of(rule)))).isEqualTo(422);
        assertThat(statusOf(new CartStateViolation.CartExpired("c", Instant.EPOCH))).isEqualTo(409);
        assertThat(statusOf(new OrderRuleViolation.NoLineItems())).isEqualTo(400);
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

package org.partnercommerce.domain.shared;

/**
 * One broken rule on one cart line, with the Partner Center cart error code
 * ({@code CartErrorCode}) where one exists and a sentence that says what is wrong.
 *
 * <p>Pre-flight validation checks every line against every rule and collects these
 * (see {@link CartRejected}); they are values first, and are thrown alone only where a
 * single rule is at stake.
 */
public abstract sealed class CartRuleViolation extends DomainViolation {

    private final int lineId;

    private CartRuleViolation(String code, int lineId, String reason) {
        super(code, reason);
        if (lineId < 0) {
            throw new IllegalArgumentException("A line id is 0 or more");
        }
        this.lineId = lineId;
    }

    /** The id of the cart line (0..n-1) that breaks the rule. */
    public int lineId() {
        return lineId;
    }

    /** The sentence that says what is wrong, safe to show. */
    public String reason() {
        return getMessage();
    }

    @Override
    public String toString() {
        return "line " + lineId + ": " + code() + " " + reason();
    }

    /** {@code 10000}: the lines of one order group are priced in more than one currency. */
    public static final class CurrencyNotSupported extends CartRuleViolation {
        public CurrencyNotSupported(int lineId, String reason) {
            super("10000", lineId, reason);
        }
    }

    /** {@code 10001}: the catalog item id names nothing the catalog sells. */
    public static final class CatalogItemIdNotValid extends CartRuleViolation {
        public CatalogItemIdNotValid(int lineId, String reason) {
            super("10001", lineId, reason);
        }
    }

    /** {@code 10003}: an item that needs a passing inventory check has none for this customer and context. */
    public static final class InventoryNotAvailable extends CartRuleViolation {
        public InventoryNotAvailable(int lineId, String reason) {
            super("10003", lineId, reason);
        }
    }

    /** {@code 10004}: this partner may not name participants (a direct-bill partner). */
    public static final class ParticipantsNotSupportedForPartner extends CartRuleViolation {
        public ParticipantsNotSupportedForPartner(int lineId, String reason) {
            super("10004", lineId, reason);
        }
    }

    /** {@code 10010}: the participants are not what Partner Center accepts (count, form, country). */
    public static final class ParticipantsNotValid extends CartRuleViolation {
        public ParticipantsNotValid(int lineId, String reason) {
            super("10010", lineId, reason);
        }
    }

    /** {@code 10010}: the provisioning context lacks a variable the SKU needs, or holds an invalid value. */
    public static final class ProvisioningContextNotValid extends CartRuleViolation {
        public ProvisioningContextNotValid(int lineId, String reason) {
            super("10010", lineId, reason);
        }
    }

    /** {@code 10010}: {@code renewsTo} on a line that is not a free trial. */
    public static final class RenewsToNotApplicable extends CartRuleViolation {
        public RenewsToNotApplicable(int lineId, String reason) {
            super("10010", lineId, reason);
        }
    }

    /** {@code 10012}: an attestation the item or the participants need was not accepted. */
    public static final class AttestationNotAccepted extends CartRuleViolation {
        public AttestationNotAccepted(int lineId, String reason) {
            super("10012", lineId, reason);
        }
    }

    /** {@code 10013}: the billing cycle, term duration or renewal term is not one the item is sold on. */
    public static final class BillingPlanNotSupported extends CartRuleViolation {
        public BillingPlanNotSupported(int lineId, String reason) {
            super("10013", lineId, reason);
        }
    }

    /** {@code 10014}: the promotion id is not of the documented form. */
    public static final class InvalidPromotionId extends CartRuleViolation {
        public InvalidPromotionId(int lineId, String reason) {
            super("10014", lineId, reason);
        }
    }

    /** {@code 10015}: the quantity is outside the SKU's minimum and maximum. */
    public static final class QuantityOutOfRange extends CartRuleViolation {
        public QuantityOutOfRange(int lineId, String reason) {
            super("10015", lineId, reason);
        }
    }

    /** {@code 10016}: a custom term end date on an item that does not allow one. */
    public static final class CustomTermEndDateNotAllowed extends CartRuleViolation {
        public CustomTermEndDateNotAllowed(int lineId, String reason) {
            super("10016", lineId, reason);
        }
    }

    /** {@code 10017}: a custom term end date in the past, or not one of the allowed end dates. */
    public static final class InvalidCustomTermEndDate extends CartRuleViolation {
        public InvalidCustomTermEndDate(int lineId, String reason) {
            super("10017", lineId, reason);
        }
    }

    /** {@code 2072}: the partner named itself as a reseller on record; a participant is always another partner. */
    public static final class OwnPartnerIdAsParticipant extends CartRuleViolation {
        public OwnPartnerIdAsParticipant(int lineId, String reason) {
            super("2072", lineId, reason);
        }
    }

    /** {@code 500600}: the legacy offer can no longer be bought. */
    public static final class LegacyOfferNotEligibleForPurchase extends CartRuleViolation {
        public LegacyOfferNotEligibleForPurchase(int lineId, String reason) {
            super("500600", lineId, reason);
        }
    }

    /** {@code 800016}: a participant is not an indirect reseller of this customer. */
    public static final class NotAnIndirectReseller extends CartRuleViolation {
        public NotAnIndirectReseller(int lineId, String reason) {
            super("800016", lineId, reason);
        }
    }

    /** {@code 800020}: the catalog marks the item as not purchasable. */
    public static final class NotEligibleForPurchase extends CartRuleViolation {
        public NotEligibleForPurchase(int lineId, String reason) {
            super("800020", lineId, reason);
        }
    }

    /** {@code 800070}: the item is not sold in the customer's country or segment. */
    public static final class NotAvailableInCountry extends CartRuleViolation {
        public NotAvailableInCountry(int lineId, String reason) {
            super("800070", lineId, reason);
        }
    }

    /** An indirect reseller buying names another PartnerId than its own as a participant: never a sale for someone else. */
    public static final class ParticipantNotTheBuyer extends CartRuleViolation {
        public static final String CODE = "participant-not-the-buyer";

        public ParticipantNotTheBuyer(int lineId, String reason) {
            super(CODE, lineId, reason);
        }
    }
}

package org.partnercommerce.emulator.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One billed (or yet to be billed) charge: what a line of a Partner Center invoice's one-time
 * billing line items says, without the partner's, the customer's and the invoice's own fields,
 * which {@link InvoiceLineItemDto} adds. Amounts carry two decimals.
 *
 * @param chargeType             {@value #NEW}, {@value #CYCLE_CHARGE} or {@value #CANCEL_IMMEDIATE}
 * @param legacyProvider         for a legacy offer the provider of the legacy line item APIs ({@code office} or
 *                               {@code azure}); null for new commerce
 * @param resellerMpnId          the line's partner of record, empty when none
 * @param reservationOrderId     a reservation's reservation order, empty for anything else
 */
public record Charge(String customerId, String orderId, Instant orderDate, String productId, String skuId, String availabilityId,
                     String productName, String skuName, String chargeType, BigDecimal unitPrice, String unitType, int quantity,
                     BigDecimal subtotal, String currency, String publisherName, String publisherId, String subscriptionDescription,
                     String subscriptionId, Instant chargeStartDate, Instant chargeEndDate, String termAndBillingCycle,
                     String alternateId, String resellerMpnId, String reservationOrderId, String legacyProvider) {

    public static final String NEW = "new";
    public static final String CYCLE_CHARGE = "cycleCharge";
    public static final String CANCEL_IMMEDIATE = "cancelImmediate";

    public Charge {
        unitPrice = amount(unitPrice);
        subtotal = amount(subtotal);
        resellerMpnId = resellerMpnId == null ? "" : resellerMpnId;
        reservationOrderId = reservationOrderId == null ? "" : reservationOrderId;
        subscriptionId = subscriptionId == null ? "" : subscriptionId;
    }

    /** Rounded to cents, half up. */
    public static BigDecimal amount(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether the legacy line item APIs list it under the provider ({@code onetime} lists every charge). */
    public boolean listedUnder(BillingProvider provider) {
        return provider == BillingProvider.ONETIME || provider.wire().equals(legacyProvider);
    }
}

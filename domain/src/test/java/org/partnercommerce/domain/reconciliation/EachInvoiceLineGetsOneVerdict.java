package org.partnercommerce.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.billing.Pricing;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.invoice.InvoiceLineItem;
import org.partnercommerce.domain.order.Order;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.OrderLineItem;
import org.partnercommerce.domain.order.OrderStatus;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * An invoice line is judged against the order kept under its order id: a credit is credited
 * whatever its order; a line without a kept order, or charging what its order did not buy, was not
 * ordered through us; then quantity, then unit price are compared, both values kept; else it
 * matches. The order line is found by subscription first, then by catalog item (a legacy offer by
 * its offer id).
 */
class EachInvoiceLineGetsOneVerdict {

    private static final CustomerId CUSTOMER = CustomerId.of("d6bf25b7-e0a8-4f2d-a31b-97b55cfc774d");
    private static final String E5 = "CFQ7TTC0LFLZ:0002:CFQ7TTC0K4TS";
    private static final String SUBSCRIPTION = "0c353b8e-da9d-4007-d0d4-bca8bd5b5ce1";
    private static final Order ORDER = new Order(OrderId.of("a68736758d9c"), CUSTOMER, BillingCycle.MONTHLY,
            Optional.of(CurrencyCode.of("USD")), List.of(
                    OrderLineItem.of(0, CatalogItemId.parse(E5), 5).withPricing(price("57.00"))
                            .withSubscriptionId(SubscriptionId.of(SUBSCRIPTION)),
                    OrderLineItem.of(1, CatalogItemId.parse("DB2E705F-B82A-4024-A3D5-D88E12F2DB35"), 2)),
            OrderStatus.COMPLETED, Instant.parse("2026-11-21T10:00:00Z"));

    @Test
    void aLineChargingWhatItsOrderBoughtAtItsPriceMatches() {
        ReconciledLine judged = InvoiceLineJudge.judge(line("new", "CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K4TS", SUBSCRIPTION, 5, "57"),
                Optional.of(ORDER));
        assertThat(judged.verdict()).isEqualTo(new Verdict.Matched());
        assertThat(judged.orderId()).contains(ORDER.id());
        assertThat(judged.orderLineItemNumber()).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void aLegacyOfferIsFoundByItsOfferIdAndWithoutAPriceOnlyItsQuantityCounts() {
        ReconciledLine judged = InvoiceLineJudge.judge(line("new", "DB2E705F-B82A-4024-A3D5-D88E12F2DB35", "", "", "", 2, "0"),
                Optional.of(ORDER));
        assertThat(judged.verdict()).isEqualTo(new Verdict.Matched());
        assertThat(judged.orderLineItemNumber()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void aLineOfAnOrderNotKeptOrOfSomethingItsOrderDidNotBuyWasNotOrderedThroughUs() {
        assertThat(InvoiceLineJudge.judge(line("new", "CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K4TS", "", 5, "57"), Optional.empty())
                .verdict()).isEqualTo(new Verdict.NotOrderedThroughUs());
        assertThat(InvoiceLineJudge.judge(line("new", "CFQ7TTC0MM8R", "0002", "CFQ7TTC0MM91", "", 5, "30"), Optional.of(ORDER))
                .verdict()).isEqualTo(new Verdict.NotOrderedThroughUs());
    }

    @Test
    void anotherQuantityOrPriceIsNamedWithBothValues() {
        assertThat(InvoiceLineJudge.judge(line("new", "CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K4TS", SUBSCRIPTION, 7, "57"), Optional.of(ORDER))
                .verdict()).isEqualTo(new Verdict.QuantityDiffers(7, 5));
        Verdict price = InvoiceLineJudge.judge(line("cycleCharge", "CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K4TS", SUBSCRIPTION, 5, "60.50"),
                Optional.of(ORDER)).verdict();
        assertThat(price).isInstanceOfSatisfying(Verdict.PriceDiffers.class, differs -> {
            assertThat(differs.invoiced()).isEqualByComparingTo("60.50");
            assertThat(differs.ordered()).isEqualByComparingTo("57");
        });
    }

    @Test
    void aCancellationOrANegativeAmountIsCredited() {
        assertThat(InvoiceLineJudge.judge(line("cancelImmediate", "CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K4TS", SUBSCRIPTION, 5, "57"),
                Optional.of(ORDER)).verdict()).isEqualTo(new Verdict.Credited());
        InvoiceLineItem negative = line("new", "CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K4TS", SUBSCRIPTION, 5, "-57");
        assertThat(InvoiceLineJudge.judge(negative, Optional.empty()).verdict()).isEqualTo(new Verdict.Credited());
    }

    @Test
    void aTallyAddsUpLinesAmountsAndVerdicts() {
        ReconciledLine matched = InvoiceLineJudge.judge(line("new", "CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K4TS", SUBSCRIPTION, 5, "57"),
                Optional.of(ORDER));
        ReconciledLine notOurs = InvoiceLineJudge.judge(line("new", "CFQ7TTC0LFLZ", "0002", "CFQ7TTC0K4TS", "", 1, "57"),
                Optional.empty());
        Tally tally = Tally.NONE.with(matched).with(notOurs).withOrderNotCharged();
        assertThat(tally.lines()).isEqualTo(2);
        assertThat(tally.invoiced()).isEqualByComparingTo("342");
        assertThat(tally.matched()).isEqualByComparingTo("285");
        assertThat(tally.verdicts()).containsEntry("matched", 1).containsEntry("not-ordered-through-us", 1);
        assertThat(tally.ordersNotCharged()).isEqualTo(1);
    }

    private static Pricing price(String amount) {
        Money money = Money.of(amount, "USD");
        return new Pricing(money, money, money, money, money.times(5));
    }

    private static InvoiceLineItem line(String chargeType, String product, String sku, String availability, String subscription,
                                        int quantity, String unitPrice) {
        BigDecimal price = new BigDecimal(unitPrice);
        BigDecimal total = price.multiply(BigDecimal.valueOf(quantity));
        return new InvoiceLineItem("G000000001", "1234567", CUSTOMER.value(), "Wingtip Toys", "wingtip.example", "US", "1234567",
                Optional.empty(), Optional.of(ORDER.id().value()), Optional.empty(), product, sku, availability, "", "", chargeType,
                price, price, "Licenses", quantity, total, BigDecimal.ZERO, total, "USD", "Microsoft Corporation", "", "",
                subscription.isEmpty() ? Optional.empty() : Optional.of(subscription), Optional.empty(), Optional.empty(), "", "", "",
                "USD", BigDecimal.ONE, quantity, "", Optional.empty(), "billinglineitems", "onetime");
    }
}

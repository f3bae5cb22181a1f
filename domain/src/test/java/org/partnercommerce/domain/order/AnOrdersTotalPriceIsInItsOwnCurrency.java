package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.billing.CurrencyCode;
import org.partnercommerce.domain.billing.Money;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.shared.InvalidValue;

class AnOrdersTotalPriceIsInItsOwnCurrency {

    private static Order totalling(Optional<CurrencyCode> currency, Money total) {
        return new Order(OrderId.of("a68736758d9c"), Optional.of("a68736758d9c"), CustomerId.of("94cd6638-11b6-4323-8c9f-6ae3088adc59"),
                BillingCycle.MONTHLY, currency, Optional.of("US$"),
                List.of(OrderLineItem.of(0, CatalogItemId.parse("CFQ7TTC0LF8S:0001:CFQ7TTC0N81H"), 1)), OrderStatus.PENDING,
                Instant.parse("2023-04-18T22:03:45.450513Z"), Optional.of(OrderTransactionType.USER_PURCHASE), Optional.of(total),
                Optional.of(true), Optional.of(OrderClient.EMPTY), OrderLinks.NONE, Optional.empty());
    }

    @Test
    void aTotalInTheOrdersCurrencyIsKept() {
        Order order = totalling(Optional.of(CurrencyCode.of("USD")), Money.of("36.48", "USD"));

        assertThat(order.totalPrice()).contains(Money.of("36.480", "USD"));
    }

    @Test
    void aTotalInAnotherCurrencyOrInNoneIsRefused() {
        assertThatThrownBy(() -> totalling(Optional.of(CurrencyCode.of("EUR")), Money.of("36.48", "USD")))
                .isInstanceOfSatisfying(InvalidValue.class, invalid -> assertThat(invalid.field()).isEqualTo("totalPrice"));
        assertThatThrownBy(() -> totalling(Optional.empty(), Money.of("36.48", "USD")))
                .isInstanceOf(InvalidValue.class);
    }
}

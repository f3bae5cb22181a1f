package org.partnercommerce.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.LineProvisioningStatus.QuantityProvisioningStatus;
import org.partnercommerce.domain.shared.InvalidValue;

class AProvisioningStateIsReadInAnyCaseAndKeptWhenNew {

    @Test
    void theDocumentedStatesAreReadInAnyCaseAndWrittenAsTheTableWritesThem() {
        assertThat(ProvisioningState.parse("fulfilled")).isEqualTo(ProvisioningState.FULFILLED);
        assertThat(ProvisioningState.parse("PREFULFILLMENTPENDING").value()).isEqualTo("PrefulfillmentPending");
        assertThat(ProvisioningState.parse("unfulfilled")).isEqualTo(ProvisioningState.UNFULFILLED);
    }

    @Test
    void aStateNotDocumentedIsKeptAsWrittenAndABlankOneRefused() {
        assertThat(ProvisioningState.parse("PartiallyFulfilled").value()).isEqualTo("PartiallyFulfilled");
        assertThatThrownBy(() -> ProvisioningState.parse(" ")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void anOrderIsFulfilledWhenEveryLineIs() {
        OrderId id = OrderId.of("a68736758d9c");
        LineProvisioningStatus fulfilled = line(1, ProvisioningState.FULFILLED);
        LineProvisioningStatus pending = line(0, ProvisioningState.PREFULFILLMENT_PENDING);

        assertThat(new OrderProvisioningStatus(id, List.of(fulfilled, pending)).isFulfilled()).isFalse();
        assertThat(new OrderProvisioningStatus(id, List.of(fulfilled, line(0, ProvisioningState.FULFILLED))).isFulfilled()).isTrue();
        assertThat(new OrderProvisioningStatus(id, List.of()).isFulfilled()).isFalse();
        assertThat(new OrderProvisioningStatus(id, List.of(fulfilled, pending)).lines())
                .extracting(LineProvisioningStatus::lineItemNumber).containsExactly(0, 1);
    }

    private static LineProvisioningStatus line(int number, ProvisioningState state) {
        return new LineProvisioningStatus(number, state, List.of(new QuantityProvisioningStatus(1, state)));
    }
}

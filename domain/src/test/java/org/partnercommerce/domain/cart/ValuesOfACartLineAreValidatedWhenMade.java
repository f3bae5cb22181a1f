package org.partnercommerce.domain.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.shared.InvalidValue;

/** Quantity, ids, participant keys, custom term end dates: form is checked when the value is made ({@code 3000}). */
class ValuesOfACartLineAreValidatedWhenMade {

    @Test
    void a_quantity_is_at_least_one() {
        assertThat(Quantity.of(1).value()).isEqualTo(1);
        assertThatThrownBy(() -> Quantity.of(0)).isInstanceOfSatisfying(InvalidValue.class, invalid -> {
            assertThat(invalid.code()).isEqualTo("3000");
            assertThat(invalid.field()).isEqualTo("quantity");
        });
    }

    @Test
    void cart_customer_and_request_ids_are_guids_kept_in_lower_case() {
        assertThat(CartId.of("3655B1A0-B1C9-4268-9824-577FDBC4D0BE").value()).isEqualTo("3655b1a0-b1c9-4268-9824-577fdbc4d0be");
        assertThatThrownBy(() -> CartId.of("cart-1")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> CustomerId.of("not-a-guid")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> RequestId.of("")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void participant_keys_are_the_three_documented_roles_in_any_spelling() {
        assertThat(ParticipantRole.parse("transaction_reseller")).isEqualTo(ParticipantRole.TRANSACTION_RESELLER);
        assertThat(ParticipantRole.parse("AdditionalTransactionReseller")).isEqualTo(ParticipantRole.ADDITIONAL_TRANSACTION_RESELLER);
        assertThat(ParticipantRole.parse("CONSUMPTION_RESELLER")).isEqualTo(ParticipantRole.CONSUMPTION_RESELLER);
        assertThatThrownBy(() -> ParticipantRole.parse("distributor")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Participant.transactionReseller(" ")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_custom_term_end_date_is_a_day_written_at_midnight_utc() {
        assertThat(CustomTermEndDate.parse("2022-02-19T00:00:00Z").date()).isEqualTo(LocalDate.of(2022, 2, 19));
        assertThat(CustomTermEndDate.parse("2022-02-19").value()).isEqualTo("2022-02-19T00:00:00Z");
        assertThatThrownBy(() -> CustomTermEndDate.parse("19/02/2022")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void the_provisioning_context_is_read_in_any_case_and_drops_empty_entries() {
        Map<String, String> sent = new HashMap<>();
        sent.put("SubscriptionId", "aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e");
        sent.put("scope", null);

        ProvisioningContext context = ProvisioningContext.of(sent);

        assertThat(context.value("subscriptionId")).contains("aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e");
        assertThat(context.value("scope")).isEmpty();
        assertThat(context.values()).containsOnlyKeys("SubscriptionId");
    }
}

package org.partnercommerce.domain.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.partnercommerce.domain.order.OrderId;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.domain.shared.InvalidValue;

/**
 * The entitlement types a caller may filter by are read in any case, the older
 * {@code virtualMachineReservedInstance} as a reservation; anything else is refused, naming the
 * field. A reservation order is found among an entitlement's artifacts, or those of the
 * entitlements it includes, by its id in any case.
 */
class EntitlementTypesAreReadAsPartnerCenterNamesThem {

    @ParameterizedTest
    @ValueSource(strings = {"reservedInstance", "RESERVEDINSTANCE", "reservedinstance", "virtualMachineReservedInstance"})
    void aReservationInAnySpelling(String text) {
        assertThat(EntitlementType.parse(text)).isEqualTo(EntitlementType.RESERVED_INSTANCE);
        assertThat(EntitlementType.RESERVED_INSTANCE.describes("reservedinstance")).isTrue();
    }

    @Test
    void softwareAndNothingElse() {
        assertThat(EntitlementType.parse(" Software ")).isEqualTo(EntitlementType.SOFTWARE);
        assertThatThrownBy(() -> EntitlementType.parse("hardware")).isInstanceOfSatisfying(InvalidValue.class,
                refused -> assertThat(refused.field()).isEqualTo("entitlementType")).hasMessageContaining("hardware");
    }

    @Test
    void aReservationOrderIsFoundByItsIdAlsoInAnIncludedEntitlement() {
        ReservationOrderId id = ReservationOrderId.of("EBF2E74B-630E-4A09-857D-A1F6C6351336");
        EntitledArtifact artifact = new EntitledArtifact("ReservedInstance", Optional.of(ResourceLink.get("/customers/x/artifacts/y")),
                Optional.of("EBF2E74B-630E-4A09-857D-A1F6C6351336"), Map.of());
        Entitlement included = entitlement(List.of(), List.of(artifact));
        Entitlement outer = entitlement(List.of(included), List.of());
        assertThat(outer.reservationOrder(id)).contains(artifact);
        assertThat(outer.reservationOrder(ReservationOrderId.of("00000000-0000-0000-0000-000000000000"))).isEmpty();
        assertThat(entitlement(List.of(), List.of(new EntitledArtifact("software", Optional.empty(), Optional.of(id.value()), Map.of())))
                .reservationOrder(id)).isEmpty();
    }

    private static Entitlement entitlement(List<Entitlement> included, List<EntitledArtifact> artifacts) {
        return new Entitlement(new ReferenceOrder(OrderId.of("a68736758d9c"), "0", Optional.empty()), "DZH318Z0BQ36", "004G", 1,
                List.of(), "reservedinstance", Optional.empty(), Optional.empty(), included, artifacts, Map.of());
    }
}

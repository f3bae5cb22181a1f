package org.partnercommerce.adapter.out.persistence.cart;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.partnercommerce.domain.cart.Participant;
import org.partnercommerce.domain.cart.ParticipantRole;

/** A row of {@code cart_line_participants}: a participant's key (by its wire name) and value. */
@Embeddable
public class ParticipantColumns {

    @Column(name = "participant_role", length = 64, nullable = false)
    String role;

    @Column(name = "participant_value", length = 200, nullable = false)
    String value;

    protected ParticipantColumns() {
    }

    static ParticipantColumns from(Participant participant) {
        ParticipantColumns columns = new ParticipantColumns();
        columns.role = participant.role().wireName();
        columns.value = participant.value();
        return columns;
    }

    Participant toDomain() {
        return new Participant(ParticipantRole.parse(role), value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParticipantColumns that && Objects.equals(role, that.role) && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, value);
    }
}

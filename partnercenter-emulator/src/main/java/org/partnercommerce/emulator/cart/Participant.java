package org.partnercommerce.emulator.cart;

/** {@code {"key": "transaction_reseller", "value": "5357564"}}: a reseller (by MPN id) taking part in the purchase. */
public record Participant(String key, String value) {

    public static Participant of(ParticipantType type, String mpnId) {
        return new Participant(type.wire(), mpnId);
    }

    public ParticipantType type() {
        return ParticipantType.parse(key).orElseThrow(() -> new IllegalStateException("Unknown participant key " + key));
    }

    public boolean is(ParticipantType type) {
        return type() == type;
    }
}

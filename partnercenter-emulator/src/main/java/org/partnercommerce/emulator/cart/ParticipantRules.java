package org.partnercommerce.emulator.cart;

import org.partnercommerce.emulator.customer.Customer;
import org.partnercommerce.emulator.customer.Partner;

import java.util.List;
import java.util.Optional;

/**
 * Who may take part in a purchase (reference §3.3):
 * <ul>
 *   <li>only an indirect provider may send participants: CartError 10004
 *       (ParticipantsIsNotSupportedForPartner);</li>
 *   <li>at most one {@code transaction_reseller}; at most five {@code additional_transaction_reseller},
 *       and those only for a customer in the EU/EEA/EFTA; never an empty id; never the partner's own
 *       MPN id: CartError 10010 (InvalidInput). Partner Center documents no code of its own for the
 *       counts; for its own MPN id it answers 2072 for the whole request, which the emulator, checking
 *       line by line, gives as invalid input on the line.</li>
 * </ul>
 */
final class ParticipantRules {

    static final String INDIRECT_PROVIDER = "IndirectProvider";
    static final int MAXIMUM_ADDITIONAL = 5;

    private final Partner partner;

    ParticipantRules(Partner partner) {
        this.partner = partner;
    }

    Optional<CartError> check(Customer customer, List<Participant> participants) {
        if (participants.isEmpty()) {
            return Optional.empty();
        }
        if (!INDIRECT_PROVIDER.equalsIgnoreCase(partner.partnerType())) {
            return Optional.of(CartError.of(CartErrorCode.PARTICIPANTS_IS_NOT_SUPPORTED_FOR_PARTNER,
                    "Participants can only be sent by an indirect provider; this partner is a " + partner.partnerType() + "."));
        }
        long transaction = participants.stream().filter(participant -> participant.is(ParticipantType.TRANSACTION_RESELLER)).count();
        long additional = participants.stream().filter(participant -> participant.is(ParticipantType.ADDITIONAL_TRANSACTION_RESELLER)).count();
        if (transaction > 1) {
            return error("A line item can have only one transaction_reseller, not " + transaction + ".");
        }
        if (additional > MAXIMUM_ADDITIONAL) {
            return error("A line item can have at most " + MAXIMUM_ADDITIONAL + " additional_transaction_reseller, not " + additional + ".");
        }
        if (additional > 0 && !EuropeanEconomicArea.contains(customer.country())) {
            return error("additional_transaction_reseller participants are allowed only for customers in the EU/EEA; this customer is in "
                    + customer.country() + ".");
        }
        for (Participant participant : participants) {
            if (participant.value().isBlank()) {
                return error("The participant " + participant.key() + " has no PartnerID.");
            }
            if (participant.value().equals(partner.mpnId())) {
                return error("The indirect provider's own PartnerID " + partner.mpnId() + " cannot be a participant ("
                        + participant.key() + ").");
            }
        }
        return Optional.empty();
    }

    private static Optional<CartError> error(String description) {
        return Optional.of(CartError.of(CartErrorCode.INVALID_INPUT, description));
    }
}

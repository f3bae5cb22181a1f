package org.partnercommerce.domain.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.customer.Customer;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.CartRuleViolation;

/**
 * The participants of a line:
 * <ul>
 *   <li>a direct-bill partner names none ({@code 10004});</li>
 *   <li>at most one {@code transaction_reseller} and at most five
 *       {@code additional_transaction_reseller}s, the additional ones only for a customer in
 *       an EU/EEA country; every value a PartnerId ({@code 10010});</li>
 *   <li>never the partner's own PartnerId ({@code 2072});</li>
 *   <li>where the customer's indirect resellers are known, one of them ({@code 800016});</li>
 *   <li>when an indirect reseller buys itself, only its own PartnerId: a sale is never
 *       attributed to another reseller of a customer they share ({@code participant-not-the-buyer}).</li>
 * </ul>
 */
final class ParticipantRule implements LineRule {

    static final int MAXIMUM_TRANSACTION_RESELLERS = 1;
    static final int MAXIMUM_ADDITIONAL_TRANSACTION_RESELLERS = 5;

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        CartLine cartLine = line.line();
        if (cartLine.participants().isEmpty()) {
            return List.of();
        }
        Partner partner = line.purchase().partner();
        if (partner instanceof Partner.DirectBillPartner) {
            return List.of(new CartRuleViolation.ParticipantsNotSupportedForPartner(line.lineId(),
                    "A direct-bill partner sells on its own behalf and names no participants; leave out participants."));
        }
        Customer customer = line.purchase().customer();
        List<CartRuleViolation> problems = new ArrayList<>();
        int transactionResellers = cartLine.participantsWith(ParticipantRole.TRANSACTION_RESELLER).size();
        int additional = cartLine.participantsWith(ParticipantRole.ADDITIONAL_TRANSACTION_RESELLER).size();
        if (transactionResellers > MAXIMUM_TRANSACTION_RESELLERS) {
            problems.add(invalid(line, "A line names at most one transaction_reseller; this one names " + transactionResellers + "."));
        }
        if (additional > MAXIMUM_ADDITIONAL_TRANSACTION_RESELLERS) {
            problems.add(invalid(line, "A line names at most " + MAXIMUM_ADDITIONAL_TRANSACTION_RESELLERS
                    + " additional_transaction_resellers; this one names " + additional + "."));
        }
        if (additional > 0 && !customer.country().isInEuOrEea()) {
            problems.add(invalid(line, "additional_transaction_reseller is only for customers in the EU or EEA; this customer is in "
                    + customer.country() + "."));
        }
        for (Participant participant : cartLine.participants()) {
            Optional<PartnerId> partnerId = participant.partnerId();
            String named = "'" + participant.value() + "' (" + participant.role().wireName() + ")";
            if (partnerId.isEmpty()) {
                problems.add(invalid(line, named + " is not a PartnerId: 1 to 10 digits, such as 5357564."));
            } else if (partnerId.get().equals(partner.partnerId())) {
                problems.add(new CartRuleViolation.OwnPartnerIdAsParticipant(line.lineId(), named
                        + " is the partner's own PartnerId; a participant is the indirect reseller's, never the partner's own."));
            } else if (customer.resellers() instanceof IndirectResellers.Known known && !known.includes(partnerId.get())) {
                problems.add(new CartRuleViolation.NotAnIndirectReseller(line.lineId(), named
                        + " is not an indirect reseller of this customer."));
            } else if (line.purchase().buyingReseller().filter(buyer -> !buyer.equals(partnerId.get())).isPresent()) {
                problems.add(new CartRuleViolation.ParticipantNotTheBuyer(line.lineId(), named + " is not you: an indirect "
                        + "reseller names only its own PartnerId, " + line.purchase().buyingReseller().orElseThrow().value() + "."));
            }
        }
        return problems;
    }

    private static CartRuleViolation invalid(LineUnderCheck line, String reason) {
        return new CartRuleViolation.ParticipantsNotValid(line.lineId(), reason);
    }
}

package org.partnercommerce.domain.order;

import java.util.List;
import java.util.Optional;
import org.partnercommerce.domain.customer.IndirectResellers;
import org.partnercommerce.domain.customer.PartnerId;
import org.partnercommerce.domain.shared.OrderRuleViolation;

/**
 * A line's partner on record, when it names one, is the PartnerId of an active indirect reseller
 * of the customer ({@code 800016}), never the partner's own ({@code 2072}). Where the customer's
 * indirect resellers are not known, the first is left to Partner Center.
 */
final class PartnerOnRecordRule implements OrderRule.OfEachLine {

    @Override
    public List<OrderRuleViolation> check(OrderLineUnderCheck line) {
        Optional<PartnerId> onRecord = line.line().partnerIdOnRecord();
        if (onRecord.isEmpty()) {
            return List.of();
        }
        if (onRecord.get().equals(line.order().purchase().partner().partnerId())) {
            return List.of(new OrderRuleViolation.OwnPartnerIdOnRecord(line.position(), onRecord.get()
                    + " is the partner's own PartnerId; the partner on record is the indirect reseller's, never the partner's own."));
        }
        if (line.order().purchase().customer().resellers() instanceof IndirectResellers.Known known && !known.includes(onRecord.get())) {
            return List.of(new OrderRuleViolation.NotAnIndirectReseller(line.position(), onRecord.get()
                    + " is not an active indirect reseller of this customer."));
        }
        return List.of();
    }
}

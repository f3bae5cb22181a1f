package org.partnercommerce.domain.cart;

import java.util.ArrayList;
import java.util.List;
import org.partnercommerce.domain.customer.Partner;
import org.partnercommerce.domain.shared.CartRuleViolation;

/**
 * Attestations a line needs ({@code 10012}): a SKU with {@code enforceAttestation} needs
 * {@code attestationAccepted} on the line; a line naming participants needs the cart's
 * partner-of-record attestation ({@code partnerOnRecordAttestationAccepted}).
 */
final class AttestationRule implements LineRule {

    @Override
    public List<CartRuleViolation> check(LineUnderCheck line) {
        List<CartRuleViolation> problems = new ArrayList<>();
        line.modernItem()
                .filter(item -> item.sku().enforcesAttestation() && !line.line().attestationAccepted())
                .ifPresent(item -> problems.add(new CartRuleViolation.AttestationNotAccepted(line.lineId(), line.title()
                        + " needs the partner's attestation (" + item.sku().attestationProperties().attestationType()
                        + "); set attestationAccepted to true on the line.")));
        if (!line.line().participants().isEmpty()
                && line.purchase().partner() instanceof Partner.IndirectProvider
                && !line.draft().partnerOnRecordAttestationAccepted()) {
            problems.add(new CartRuleViolation.AttestationNotAccepted(line.lineId(), "A line that names participants needs "
                    + "the partner-of-record attestation; set partnerOnRecordAttestationAccepted to true on the cart."));
        }
        return problems;
    }
}

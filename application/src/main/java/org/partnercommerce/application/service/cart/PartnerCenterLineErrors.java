package org.partnercommerce.application.service.cart;

import java.util.List;
import org.partnercommerce.application.port.out.PartnerCenterCart;
import org.partnercommerce.domain.shared.CartRejected;
import org.partnercommerce.domain.shared.CartRuleViolation;

/** The errors Partner Center set on a cart's lines, as the same rejection our own checks give. */
final class PartnerCenterLineErrors {

    private PartnerCenterLineErrors() {
    }

    static CartRejected rejection(PartnerCenterCart upstream) {
        List<CartRuleViolation> problems = upstream.lines().stream()
                .filter(line -> line.error().isPresent())
                .<CartRuleViolation>map(line -> new CartRuleViolation.ReportedByPartnerCenter(line.lineId(),
                        line.error().orElseThrow().errorCode(), line.error().orElseThrow().errorDescription()))
                .toList();
        return new CartRejected(problems);
    }
}

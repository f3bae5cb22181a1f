package org.partnercommerce.adapter.out.partnercenter.http;

import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.partnercommerce.application.port.out.PartnerCenterException;

/**
 * Turns a body Partner Center sent into the domain. A body the domain cannot accept (a missing id,
 * a malformed one, line numbers out of sequence) is a bad answer of Partner Center, not our bug:
 * it becomes {@link PartnerCenterException.BadGateway}.
 */
public final class PartnerCenterAnswers {

    private static final Logger LOG = Logger.getLogger(PartnerCenterAnswers.class);

    private PartnerCenterAnswers() {
    }

    /** @param what the answer, for the message ("a product", "a cart") */
    public static <T> T readable(String what, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (PartnerCenterException e) {
            throw e;
        } catch (RuntimeException unreadable) {
            LOG.warnf("Partner Center answered %s this service cannot read: %s", what, unreadable.toString());
            throw new PartnerCenterException.BadGateway(null,
                    "Partner Center answered " + what + " this service cannot read: " + unreadable.getMessage());
        }
    }
}

package org.partnercommerce.testing.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import org.partnercommerce.application.port.out.PartnerCenterException;

/**
 * The faults armed on a fake of Partner Center, each for one call, in the order armed: fail before
 * doing the work, or do the work and then fail, as a lost answer does — or do the work, let
 * something else happen (the caller's database going away, say) and answer.
 */
final class ArmedFaults {

    private record Fault(PartnerCenterException failure, boolean afterTheWork, Runnable meanwhile) {
    }

    private final Deque<Fault> faults = new ArrayDeque<>();

    synchronized void failNext(PartnerCenterException failure) {
        faults.add(new Fault(failure, false, null));
    }

    synchronized void loseNextAnswer(PartnerCenterException failure) {
        faults.add(new Fault(failure, true, null));
    }

    synchronized void beforeNextAnswer(Runnable meanwhile) {
        faults.add(new Fault(null, true, meanwhile));
    }

    /** Throws the next fault if it fails before the work. */
    synchronized void beforeTheWork() {
        Fault next = faults.peek();
        if (next != null && !next.afterTheWork()) {
            faults.poll();
            throw next.failure();
        }
    }

    /** Throws the next fault if it fails after the work, or lets happen what is to happen before the answer. */
    synchronized void afterTheWork() {
        Fault next = faults.peek();
        if (next != null && next.afterTheWork()) {
            faults.poll();
            if (next.meanwhile() != null) {
                next.meanwhile().run();
                return;
            }
            throw next.failure();
        }
    }
}

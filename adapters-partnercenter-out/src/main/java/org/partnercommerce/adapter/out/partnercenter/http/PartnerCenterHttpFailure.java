package org.partnercommerce.adapter.out.partnercenter.http;

import java.time.Duration;
import org.partnercommerce.application.port.out.PartnerCenterException;

/**
 * Partner Center answered an attempt with an error status. Internal to this adapter: the
 * {@link ResilientCaller} decides from it whether to retry, and throws {@link #translation()}
 * (a port exception) when it does not.
 */
public final class PartnerCenterHttpFailure extends RuntimeException {

    private final int status;
    private final Duration retryAfter;
    private final PartnerCenterException translation;

    public PartnerCenterHttpFailure(int status, Duration retryAfter, PartnerCenterException translation) {
        super("HTTP " + status + ": " + translation.getMessage(), null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
        this.translation = translation;
    }

    public int status() {
        return status;
    }

    /** The wait Partner Center asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public PartnerCenterException translation() {
        return translation;
    }

    /** 408, 429 and 5xx: the same request may succeed later. */
    public boolean retryable() {
        return RetryPolicy.isRetryableStatus(status);
    }
}

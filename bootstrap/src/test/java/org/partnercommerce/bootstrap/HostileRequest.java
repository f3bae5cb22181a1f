package org.partnercommerce.bootstrap;

import java.util.Map;

/**
 * One request of the hostile suite, and what it may at best be answered: {@code mayBeServed} is
 * false when it carries a forged token, an id foreign or unknown to its caller, or is a write
 * (no caller of the suite may write): then a 2xx is a defect.
 */
record HostileRequest(HostileCaller caller, String method, String uri, Map<String, String> headers, byte[] body,
                      boolean mayBeServed, String what) {

    @Override
    public String toString() {
        String shown = uri.length() > 200 ? uri.substring(0, 200) + "…" : uri;
        return caller + ": " + method + " " + shown + " (" + what + ", " + (body == null ? "no" : body.length + " bytes of") + " body)";
    }
}

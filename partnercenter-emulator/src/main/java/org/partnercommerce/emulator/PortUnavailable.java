package org.partnercommerce.emulator;

import java.io.UncheckedIOException;
import java.net.BindException;

/**
 * The emulator cannot listen on its address and port: another process holds the port (or it is not
 * ours to take). Thrown by {@link PartnerCenterEmulator#start}, so that whoever chose the port can
 * say which setting to change.
 */
public final class PortUnavailable extends UncheckedIOException {

    private final String host;
    private final int port;

    PortUnavailable(String host, int port, BindException cause) {
        super("Cannot bind the Partner Center emulator to " + host + ":" + port + ": " + cause.getMessage(), cause);
        this.host = host;
        this.port = port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** Why the port could not be taken, as the operating system said it, e.g. {@code Address already in use}. */
    public String reason() {
        return getCause().getMessage();
    }
}

package org.partnercommerce.emulator.http;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A route matches the path, but not for this method. */
public final class MethodNotAllowed extends RuntimeException {

    private final String method;
    private final List<String> allowed;

    public MethodNotAllowed(String method, String path, Set<String> allowed) {
        super("Method " + method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed));
        this.method = method;
        this.allowed = List.copyOf(new TreeSet<>(allowed));
    }

    public String method() {
        return method;
    }

    /** The allowed methods, sorted. */
    public List<String> allowed() {
        return allowed;
    }
}

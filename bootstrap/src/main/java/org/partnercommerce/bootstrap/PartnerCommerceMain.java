package org.partnercommerce.bootstrap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Before Quarkus starts, it turns off Quarkus's own check of the request URI,
 * which refuses a malformed one with an empty 400 before any route; the service's first route makes
 * the same check and answers a problem instead ({@code UriSyntax} in the REST adapter). The tests
 * and dev mode set the same property in the build (the root {@code pom.xml}, this module's), and
 * the native build in {@code application.properties}. An operator's own
 * {@code -Dvertx.disableURIValidation=false} is kept by the JVM image, not by the native one, which
 * reads the property while it is built.
 */
@QuarkusMain
public final class PartnerCommerceMain {

    static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";

    public static void main(String... args) {
        if (System.getProperty(QUARKUS_URI_CHECK_OFF) == null) {
            System.setProperty(QUARKUS_URI_CHECK_OFF, "true");
        }
        Quarkus.run(args);
    }
}

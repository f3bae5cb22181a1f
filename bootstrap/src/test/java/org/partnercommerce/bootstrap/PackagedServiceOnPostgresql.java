package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.partnercommerce.emulator.EmulatorOptions;
import org.partnercommerce.emulator.PartnerCenterEmulator;

/**
 * What the crash tests share: the packaged service in the production profile, on PostgreSQL
 * (database {@code test}, user {@code postgres}, trust), with the emulator as Partner Center. The
 * database is {@code 127.0.0.1:5432} unless the system properties {@value #HOST_PROPERTY} and
 * {@value #PORT_PROPERTY} name another (a private throw-away cluster, say).
 */
final class PackagedServiceOnPostgresql {

    static final String HOST_PROPERTY = "partnercommerce.crash-test.database-host";
    static final String PORT_PROPERTY = "partnercommerce.crash-test.database-port";

    private PackagedServiceOnPostgresql() {
    }

    static String host() {
        return System.getProperty(HOST_PROPERTY, "127.0.0.1");
    }

    static int port() {
        return Integer.parseInt(System.getProperty(PORT_PROPERTY, "5432"));
    }

    static String jdbcUrl() {
        return "jdbc:postgresql://" + host() + ":" + port() + "/test";
    }

    static boolean postgresqlListens() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host(), port()), 1000);
            return true;
        } catch (IOException unreachable) {
            return false;
        }
    }

    /**
     * The emulator the crash test's service calls as Partner Center, with a short provisioning delay;
     * the test is skipped where PostgreSQL does not listen, and fails where the service is not packaged.
     */
    static PartnerCenterEmulator partnerCenter(Duration orderListingDelay) {
        assumeTrue(postgresqlListens(), "PostgreSQL does not listen on " + host() + ":" + port() + ": the packaged service needs "
                + "it (database test, user postgres, trust), so this test cannot run here");
        assertThat(ServiceProcess.JAR).as("the packaged service (mvn package builds it before integration-test)").exists();
        return PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0)
                .withOrderListingDelay(orderListingDelay)
                .withProvisioningDelay(Duration.ofSeconds(2)));
    }

    /** Stops what a crash test started, whichever of them it did. */
    static void stop(ServiceProcess service, PartnerCenterEmulator emulator) {
        if (service != null) {
            service.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /**
     * The production profile with PostgreSQL and the emulator as Partner Center. A claim lasts 6 s:
     * longer than the 4 s of Partner Center latency the crash tests inject, short enough that the
     * restarted service takes over the dead one's purchase soon; recovery looks every second; an
     * idempotency key the dead service claimed is free for its retry after 5 s.
     */
    static Map<String, String> settings(PartnerCenterEmulator emulator, boolean firstStart) {
        Map<String, String> settings = new HashMap<>(EmulatorResource.configurationFor(emulator));
        settings.put("quarkus.datasource.jdbc.url", jdbcUrl());
        settings.put("quarkus.datasource.username", "postgres");
        settings.put("partnercommerce.partner.partner-id", Seed.PARTNER_ID);
        settings.put("partnercommerce.checkout.lease", "PT6S");
        settings.put("partnercommerce.checkout.recovery-every", "1s");
        settings.put("partnercommerce.checkout.recovery-delay", "1s");
        settings.put("partnercommerce.idempotency.abandoned-after", "PT5S");
        if (firstStart) {
            settings.put("quarkus.flyway.clean-at-start", "true");
            settings.put("quarkus.flyway.clean-disabled", "false");
        }
        return settings;
    }

    /** A connection to the service's database, to look behind its back. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    /** The status the client got, or -1 when the connection died without an answer. */
    static int outcomeOf(CompletableFuture<HttpResponse<String>> call) throws InterruptedException, TimeoutException {
        try {
            return call.get(30, TimeUnit.SECONDS).statusCode();
        } catch (ExecutionException noAnswer) {
            return -1;
        }
    }
}

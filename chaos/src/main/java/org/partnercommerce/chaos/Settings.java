package org.partnercommerce.chaos;

import java.nio.file.Path;
import java.util.List;

/** The run's settings, from system properties (chaos/run.sh sets them from CHAOS_* variables). */
final class Settings {
    final long seed = Long.getLong("chaos.seed", 1);
    final int clients = Integer.getInteger("chaos.clients", 16);
    final int durationSeconds = Integer.getInteger("chaos.durationSeconds", 600);
    final int settleSeconds = Integer.getInteger("chaos.settleSeconds", 120);
    final int requestTimeoutSeconds = Integer.getInteger("chaos.requestTimeoutSeconds", 20);
    final int thinkMillis = Integer.getInteger("chaos.thinkMillis", 100);
    final int nemesisMinGapMillis = Integer.getInteger("chaos.nemesisMinGapMillis", 2000);
    final int nemesisMaxGapMillis = Integer.getInteger("chaos.nemesisMaxGapMillis", 6000);
    final int pgRestarts = Integer.getInteger("chaos.pgRestarts", 1);
    final boolean nemesis = Boolean.parseBoolean(System.getProperty("chaos.nemesis", "true"));
    /** Journeys per second of the soak (no faults, an open model); 0: the chaos run's closed-loop clients and nemesis. */
    final double soakRate = Double.parseDouble(System.getProperty("chaos.soakRate", "0"));
    /** How long beyond the end of the fault that caused it a key may stay blocked: the lease, a recovery run, backoff. */
    final long blockAllowanceMillis = Long.getLong("chaos.blockAllowanceMillis", 30_000);
    final String emulatorUrl = System.getProperty("chaos.emulatorUrl");
    final String tenant = System.getProperty("chaos.tenant", "partner-commerce-demo");
    final String jdbcUrl = System.getProperty("chaos.jdbcUrl");
    final String jdbcUser = System.getProperty("chaos.jdbcUser", "postgres");
    final String pgRestartCommand = System.getProperty("chaos.pgRestartCommand", "pg_ctlcluster 15 chaos restart");
    final Path workDir = Path.of(System.getProperty("chaos.workDir", "chaos/target/run"));
    final Path resultsDir = Path.of(System.getProperty("chaos.resultsDir", "chaos/results"));
    final List<Integer> ports = List.of(Integer.getInteger("chaos.portA", 18180), Integer.getInteger("chaos.portB", 18181));
    /** The service's command line; {port} is replaced by the instance's port. */
    final List<String> serviceCommand;

    Settings(List<String> serviceCommand) {
        this.serviceCommand = serviceCommand;
    }
}

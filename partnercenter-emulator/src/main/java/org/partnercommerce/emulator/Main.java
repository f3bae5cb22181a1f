package org.partnercommerce.emulator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator alone: {@code java -jar partnercenter-emulator-*-standalone.jar [--port 8089] [--host 127.0.0.1]
 * [--state-file PATH] [--order-listing-delay PT15M] [--provisioning-delay PT30S] ...}. Prints the base URL, serves
 * until SIGTERM or Ctrl+C.
 */
public final class Main {

    static final int DEFAULT_PORT = 8089;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException wrongArguments) {
            System.err.println(wrongArguments.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        if (options == null) {
            usage(System.out);
            return;
        }
        PartnerCenterEmulator emulator;
        try {
            emulator = PartnerCenterEmulator.start(options);
        } catch (PortUnavailable taken) {
            System.err.println(taken.getMessage() + ". Stop what holds the port, or choose another one with --port.");
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "partnercenter-emulator-shutdown"));
        System.out.println("Partner Center emulator listening on " + emulator.baseUri());
        System.out.println("  Partner Center API: " + emulator.baseUri() + "/v1");
        System.out.println("  token endpoint:     " + emulator.baseUri() + "/{tenant}/oauth2/v2.0/token");
        System.out.println("  issuer:             " + emulator.issuer("{tenant}"));
        System.out.println("  control API:        " + emulator.baseUri() + "/emulator/v1");
        emulator.stateFile().ifPresent(file -> System.out.println("  state file:         " + file));
        System.out.println("Stop with Ctrl+C or SIGTERM.");
        System.out.flush();
        stopped.await();
    }

    /** The options the arguments ask for, or null when they ask for help. */
    static EmulatorOptions parse(String[] args) {
        EmulatorOptions options = EmulatorOptions.onLoopback(DEFAULT_PORT);
        for (int i = 0; i < args.length; i++) {
            String argument = args[i];
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            if (name.equals("--help") || name.equals("-h")) {
                return null;
            }
            String value;
            if (argument.contains("=")) {
                value = argument.substring(argument.indexOf('=') + 1);
            } else if (OPTIONS.contains(name) && i + 1 < args.length) {
                value = args[++i];
            } else if (OPTIONS.contains(name)) {
                throw new IllegalArgumentException(name + " needs a value");
            } else {
                throw new IllegalArgumentException("Unknown argument: " + argument);
            }
            options = switch (name) {
                case "--port" -> options.withPort(number(name, value));
                case "--host" -> options.withHost(value);
                case "--state-file" -> options.withStateFile(Path.of(value));
                case "--order-listing-delay" -> options.withOrderListingDelay(duration(name, value));
                case "--provisioning-delay" -> options.withProvisioningDelay(duration(name, value));
                case "--max-cart-lines" -> options.withMaximumCartLines(number(name, value));
                case "--checkout-processing-time" -> options.withCheckoutProcessingTime(duration(name, value));
                default -> throw new IllegalArgumentException("Unknown argument: " + argument);
            };
        }
        return options;
    }

    private static final List<String> OPTIONS = List.of("--port", "--host", "--state-file", "--order-listing-delay",
            "--provisioning-delay", "--max-cart-lines", "--checkout-processing-time");

    private static int number(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException(name + " needs a number, not '" + value + "'");
        }
    }

    /** ISO 8601 ({@code PT15M}, {@code PT30S}, {@code PT0S}) or {@code 0}. */
    private static Duration duration(String name, String value) {
        if (value.equals("0")) {
            return Duration.ZERO;
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException notADuration) {
            throw new IllegalArgumentException(name + " needs an ISO 8601 duration such as PT15M or PT30S, not '" + value + "'");
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar partnercenter-emulator-<version>-standalone.jar [options]");
        out.println("  --port N                         the port to listen on (0 picks a free one); default " + DEFAULT_PORT);
        out.println("  --host ADDRESS                   the address to bind; default " + EmulatorOptions.LOOPBACK);
        out.println("  --state-file PATH                keep carts, orders, purchases, replays and the token key in PATH");
        out.println("                                   across restarts; default: in memory only");
        out.println("  --order-listing-delay DURATION   how long a new order stays out of the order list; default "
                + EmulatorOptions.DEFAULT_ORDER_LISTING_DELAY);
        out.println("  --provisioning-delay DURATION    how long a new order stays pending; default " + EmulatorOptions.DEFAULT_PROVISIONING_DELAY);
        out.println("  --max-cart-lines N               the most line items a cart may have; default " + EmulatorOptions.DEFAULT_MAXIMUM_CART_LINES);
        out.println("  --checkout-processing-time DURATION  how long a checkout holds its cart; default PT0S");
        out.println("Durations are ISO 8601: PT15M, PT30S, PT0S.");
    }
}

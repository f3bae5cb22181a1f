package org.partnercommerce.emulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator alone: {@code java -jar partnercenter-emulator-*-standalone.jar [--port 8089] [--host 127.0.0.1]}.
 * Prints the base URL, serves until SIGTERM or Ctrl+C.
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
        PartnerCenterEmulator emulator = PartnerCenterEmulator.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "partnercenter-emulator-shutdown"));
        System.out.println("Partner Center emulator listening on " + emulator.baseUri());
        System.out.println("  Partner Center API: " + emulator.baseUri() + "/v1");
        System.out.println("  token endpoint:     " + emulator.baseUri() + "/{tenant}/oauth2/v2.0/token");
        System.out.println("  issuer:             " + emulator.issuer("{tenant}"));
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
            switch (name) {
                case "--help", "-h" -> {
                    return null;
                }
                case "--port", "--host" -> {
                    String value;
                    if (argument.contains("=")) {
                        value = argument.substring(argument.indexOf('=') + 1);
                    } else if (i + 1 < args.length) {
                        value = args[++i];
                    } else {
                        throw new IllegalArgumentException(name + " needs a value");
                    }
                    options = name.equals("--port") ? options.withPort(port(value)) : options.withHost(value);
                }
                default -> throw new IllegalArgumentException("Unknown argument: " + argument);
            }
        }
        return options;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("--port needs a number, not '" + value + "'");
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar partnercenter-emulator-<version>-standalone.jar [--port " + DEFAULT_PORT
                + "] [--host " + EmulatorOptions.LOOPBACK + "]");
        out.println("  --port  the port to listen on (0 picks a free one); default " + DEFAULT_PORT);
        out.println("  --host  the address to bind; default " + EmulatorOptions.LOOPBACK);
    }
}

package org.partnercommerce.emulator;

/**
 * One emulator with default options for every test class that only reads (each start generates
 * an RSA key, which costs a few hundred milliseconds). Stopped when the test JVM exits. Classes
 * that need their own clock or state register an {@link OwnEmulator}; those that restart it or
 * keep its state in a temporary file start their own.
 */
final class SharedEmulator {

    private static final PartnerCenterEmulator EMULATOR = start();

    private SharedEmulator() {
    }

    static PartnerCenterEmulator get() {
        return EMULATOR;
    }

    private static PartnerCenterEmulator start() {
        PartnerCenterEmulator emulator = PartnerCenterEmulator.start(EmulatorOptions.onLoopback(0));
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "shared-emulator-shutdown"));
        return emulator;
    }
}

package org.partnercommerce.emulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An emulator of a test class's own, for classes that need their own options (a clock, delays,
 * limits) or state (faults, invoices, purchases to count): registered as a static
 * {@code @RegisterExtension} field, started before the class's {@code @BeforeAll} methods and
 * stopped after its last test. Its client may be taken before the start: it sends to the
 * emulator's address as it is when a request is sent.
 */
final class OwnEmulator implements BeforeAllCallback, AfterAllCallback {

    private final EmulatorOptions options;
    private final PartnerCenterClient client = new PartnerCenterClient(() -> emulator().baseUri());
    private PartnerCenterEmulator emulator;

    OwnEmulator(EmulatorOptions options) {
        this.options = options;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = PartnerCenterEmulator.start(options);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.close();
    }

    PartnerCenterEmulator emulator() {
        return emulator;
    }

    PartnerCenterClient client() {
        return client;
    }
}

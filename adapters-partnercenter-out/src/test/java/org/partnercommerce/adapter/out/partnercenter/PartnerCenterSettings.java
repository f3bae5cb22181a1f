package org.partnercommerce.adapter.out.partnercenter;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;

/** A {@link PartnerCenterConfig} read from these properties alone, as the service reads its own, defaults included. */
public final class PartnerCenterSettings {

    private PartnerCenterSettings() {
    }

    public static PartnerCenterConfig of(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withMapping(PartnerCenterConfig.class)
                .build()
                .getConfigMapping(PartnerCenterConfig.class);
    }
}

package org.partnercommerce.adapter.out.partnercenter.http;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the adapter at a {@link ScriptedPartnerCenter} (Partner Center and token endpoint alike). */
public class ScriptedPartnerCenterResource implements QuarkusTestResourceLifecycleManager {

    private static volatile ScriptedPartnerCenter server;

    @Override
    public Map<String, String> start() {
        server = ScriptedPartnerCenter.start();
        return Map.of(
                "partnercommerce.partner-center.url", server.baseUri().toString(),
                "partnercommerce.partner-center.token-url", server.tokenUri().toString(),
                "partnercommerce.partner-center.client-id", "scripted-client",
                "partnercommerce.partner-center.client-secret", "scripted-secret");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public static ScriptedPartnerCenter server() {
        return server;
    }
}

package org.partnercommerce.adapter.out.partnercenter.http;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.partnercommerce.adapter.out.partnercenter.PartnerCenterConfig;

/**
 * Builds the Partner Center REST clients from {@link PartnerCenterConfig}: base URL, connect and
 * read timeouts. Built programmatically rather than injected with {@code @RestClient}, so that the
 * URL and the timeouts have one home ({@code partnercommerce.partner-center.*}) instead of being
 * repeated under {@code quarkus.rest-client.*}. The JSON dialect and the error mapping are declared
 * on each client interface ({@code @RegisterProvider(PartnerCenterJson.class)},
 * {@code @ClientExceptionMapper}).
 */
public final class PartnerCenterClients {

    private PartnerCenterClients() {
    }

    public static <T> T build(Class<T> clientInterface, PartnerCenterConfig config) {
        return build(clientInterface, config.url(), config.connectTimeout(), config.readTimeout());
    }

    public static <T> T build(Class<T> clientInterface, URI baseUri, Duration connectTimeout, Duration readTimeout) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .build(clientInterface);
    }
}

package org.partnercommerce.emulator;

import com.sun.net.httpserver.HttpServer;
import org.partnercommerce.emulator.billing.InvoiceEndpoints;
import org.partnercommerce.emulator.cart.CartEndpoints;
import org.partnercommerce.emulator.cart.CartRequests;
import org.partnercommerce.emulator.catalog.endpoint.CatalogEndpoints;
import org.partnercommerce.emulator.catalog.endpoint.InventoryEndpoint;
import org.partnercommerce.emulator.catalog.endpoint.OfferEndpoints;
import org.partnercommerce.emulator.control.BillingControlEndpoints;
import org.partnercommerce.emulator.control.ControlEndpoints;
import org.partnercommerce.emulator.customer.CustomerEndpoints;
import org.partnercommerce.emulator.entitlement.EntitlementEndpoints;
import org.partnercommerce.emulator.entitlement.Entitlements;
import org.partnercommerce.emulator.fault.FaultInjection;
import org.partnercommerce.emulator.http.CrossOriginRequests;
import org.partnercommerce.emulator.http.Filter;
import org.partnercommerce.emulator.http.HttpDispatcher;
import org.partnercommerce.emulator.http.RouteGroup;
import org.partnercommerce.emulator.http.Router;
import org.partnercommerce.emulator.order.ActivationLinkEndpoints;
import org.partnercommerce.emulator.order.Checkout;
import org.partnercommerce.emulator.order.DirectOrders;
import org.partnercommerce.emulator.order.NewOrders;
import org.partnercommerce.emulator.order.OrderEndpoints;
import org.partnercommerce.emulator.order.Provisioning;
import org.partnercommerce.emulator.order.WhatALineBecomes;
import org.partnercommerce.emulator.subscription.SubscriptionEndpoints;
import org.partnercommerce.emulator.subscription.Subscriptions;
import org.partnercommerce.emulator.replay.RequestReplay;
import org.partnercommerce.emulator.security.AppPlusUserOnly;
import org.partnercommerce.emulator.security.BearerAuthentication;
import org.partnercommerce.emulator.state.PersistChanges;
import org.partnercommerce.emulator.state.StateFile;
import org.partnercommerce.emulator.token.AccessTokens;
import org.partnercommerce.emulator.token.DiscoveryEndpoints;
import org.partnercommerce.emulator.token.TokenEndpoint;
import org.partnercommerce.emulator.wire.PartnerCenterHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An offline Partner Center: the {@code /v1} REST API and an Entra-ID-like token endpoint, served
 * from memory by the JDK's HTTP server. Start it in-process ({@link #start}) or alone ({@link Main}).
 */
public final class PartnerCenterEmulator implements AutoCloseable {

    private static final int MAXIMUM_BODY_BYTES = 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService workers;
    private final URI baseUri;
    private final AccessTokens tokens;
    private final PartnerCenterState state;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PartnerCenterEmulator(HttpServer server, ExecutorService workers, URI baseUri, AccessTokens tokens, PartnerCenterState state) {
        this.server = server;
        this.workers = workers;
        this.baseUri = baseUri;
        this.tokens = tokens;
        this.state = state;
    }

    /**
     * Binds, and returns once the emulator is serving.
     *
     * @throws PortUnavailable when the port is taken
     */
    public static PartnerCenterEmulator start(EmulatorOptions options) {
        PartnerCenterState state = PartnerCenterState.open(options);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        } catch (BindException taken) {
            throw new PortUnavailable(options.host(), options.port(), taken);
        } catch (IOException bindFailure) {
            throw new UncheckedIOException("Cannot bind the Partner Center emulator to " + options.host() + ":" + options.port(), bindFailure);
        }
        URI baseUri = URI.create("http://" + uriHost(options.host()) + ":" + server.getAddress().getPort());
        AccessTokens tokens = new AccessTokens(state.signingKey(), baseUri, options.clock());
        server.createContext("/", new HttpDispatcher(routes(state, baseUri, tokens, options), MAXIMUM_BODY_BYTES));
        ExecutorService workers = Executors.newFixedThreadPool(options.workerThreads(),
                Thread.ofVirtual().name("partnercenter-emulator-", 0).factory());
        server.setExecutor(workers);
        server.start();
        return new PartnerCenterEmulator(server, workers, baseUri, tokens, state);
    }

    /**
     * The routes and the filters around them, outermost first. Partner Center routes: headers,
     * failure mapping, fault injection, bearer authentication, one state change saved before the
     * answer, request replay, failure mapping again (so that replay keeps rendered answers), then
     * the handler. The token endpoints have no Partner Center headers and no replay, and answer
     * browsers on other origins (CORS: a page such as Swagger UI fetches tokens from them); their
     * preflights are never faulted. The control API has no token, no faults and no replay.
     */
    private static Router routes(PartnerCenterState state, URI baseUri, AccessTokens tokens, EmulatorOptions options) {
        EmulatorFailures failures = new EmulatorFailures(options.clock());
        Filter partnerCenterConventions = Filter.chain(PartnerCenterHeaders.withRandomServerId(), failures.asFilter());
        Filter faults = new FaultInjection(state.faults());
        Filter persist = new PersistChanges(state.changes(), state::saveIfChanged);
        Router router = new Router(partnerCenterConventions);

        CrossOriginRequests browsers = new CrossOriginRequests("GET", "POST");
        RouteGroup identity = router.group(browsers, failures.asFilter(), faults, persist);
        TokenEndpoint tokenEndpoint = new TokenEndpoint(state.directory(), tokens);
        DiscoveryEndpoints discovery = new DiscoveryEndpoints(baseUri, tokens);
        identity.post("/{tenant}/oauth2/v2.0/token", tokenEndpoint::token)
                .get("/{tenant}/oauth2/v2.0/token", tokenEndpoint::tokenByGet)
                .get("/{tenant}/v2.0/.well-known/openid-configuration", discovery::openIdConfiguration)
                .get("/{tenant}/discovery/v2.0/keys", discovery::keys);
        RouteGroup preflights = router.group(browsers);
        for (String template : List.of("/{tenant}/oauth2/v2.0/token", "/{tenant}/v2.0/.well-known/openid-configuration",
                "/{tenant}/discovery/v2.0/keys")) {
            preflights.options(template, browsers::options);
        }

        RouteGroup partnerCenter = router.group(partnerCenterConventions, faults, new BearerAuthentication(tokens), persist,
                new RequestReplay(state.replays()), failures.asFilter());
        RouteGroup appPlusUserOnly = partnerCenter.with(new AppPlusUserOnly());
        new CatalogEndpoints(state.catalog(), state.customers()).addTo(partnerCenter);
        new OfferEndpoints(state.catalog()).addTo(partnerCenter);
        new InventoryEndpoint(state.catalog()).addTo(partnerCenter);
        new CustomerEndpoints(state.customers()).addTo(partnerCenter, appPlusUserOnly);
        new CartEndpoints(state.customers(), state.carts(), new CartRequests(options.maximumCartLines())).addTo(partnerCenter);
        NewOrders newOrders = new NewOrders(state.orders(), new Provisioning(options.provisioningDelay()));
        Checkout checkout = new Checkout(state.carts(), state.orders(), newOrders, state.purchases(), state.catalog(), state.faults(),
                options.clock(), options.checkoutProcessingTime());
        DirectOrders directOrders = new DirectOrders(state.catalog(), state.customers(), state.orders(), newOrders, state.purchases(),
                options.clock());
        WhatALineBecomes becomes = new WhatALineBecomes(state.catalog());
        new OrderEndpoints(state.customers(), state.orders(), checkout, directOrders, options.clock(), options.orderListingDelay(), becomes)
                .addTo(partnerCenter, appPlusUserOnly);
        new ActivationLinkEndpoints(state.customers(), state.orders(), becomes, options.clock(), baseUri).addTo(partnerCenter);
        Subscriptions subscriptions = new Subscriptions(state.orders(), becomes, options.clock(), state.cancellations());
        new SubscriptionEndpoints(state.customers(), state.termEndDates(), subscriptions).addTo(partnerCenter);
        new EntitlementEndpoints(state.customers(), new Entitlements(state.orders(), becomes, options.clock()))
                .addTo(partnerCenter, appPlusUserOnly);
        new InvoiceEndpoints(state.billing(), state.customers(), state.catalog(), options.clock(), baseUri)
                .addTo(partnerCenter, appPlusUserOnly);

        RouteGroup control = router.group(failures.asFilter(), persist);
        new ControlEndpoints(state.purchases(), state.faults(), state.orders(), options.clock(), state::reset).addTo(control);
        new BillingControlEndpoints(state.billing(), state.cancellations(), subscriptions, state.customers(), state.catalog(), options.clock())
                .addTo(control);
        return router;
    }

    private static String uriHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** For example {@code http://127.0.0.1:54321}, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    /** {@code baseUri + "/" + tenant + "/v2.0"}: the {@code iss} of the tenant's tokens, whatever Host header fetched them. */
    public String issuer(String tenant) {
        return tokens.issuer(tenant);
    }

    /** The state file, when the emulator keeps its state in one. */
    public Optional<Path> stateFile() {
        return state.stateFile().map(StateFile::path);
    }

    /** Stops serving at once; calling it again does nothing. Everything was saved as it changed. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            workers.shutdownNow();
        }
    }
}

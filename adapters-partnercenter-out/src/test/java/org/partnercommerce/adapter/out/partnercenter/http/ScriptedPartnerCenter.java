package org.partnercommerce.adapter.out.partnercenter.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A tiny real HTTP server (the JDK's) that answers what a test scripted, in order, and records
 * what it received: a flaky Partner Center for the retry and circuit tests, until the emulator's
 * fault injection exists. When the script is used up it answers {@link #otherwise}. It also
 * answers a token endpoint at {@code /{tenant}/oauth2/v2.0/token}: what {@link #scriptTokens}
 * scripted, in order, then a new access token and a new refresh token each time; it records the
 * forms it received ({@link #tokenRequests}).
 */
public final class ScriptedPartnerCenter implements AutoCloseable {

    public record Answer(int status, Map<String, String> headers, String body, Duration delay) {

        public static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json; charset=utf-8"), body, Duration.ZERO);
        }

        public static Answer status(int status) {
            return new Answer(status, Map.of(), "", Duration.ZERO);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Answer(status, more, body, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, headers, body, wait);
        }
    }

    /** A request as it arrived: method, path with query, and the headers that matter here. */
    public record Received(String method, String pathAndQuery, String requestId, String correlationId, String authorization,
                           Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    public static final String TENANT = "scripted-tenant";
    public static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";

    private final HttpServer server;
    private final ConcurrentLinkedDeque<Answer> script = new ConcurrentLinkedDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> tokensIssued = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedDeque<Answer> tokenScript = new ConcurrentLinkedDeque<>();
    private final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile Answer otherwise = Answer.json(200, "{}");

    private ScriptedPartnerCenter(HttpServer server) {
        this.server = server;
    }

    public static ScriptedPartnerCenter start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ScriptedPartnerCenter scripted = new ScriptedPartnerCenter(server);
            server.createContext("/", scripted::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return scripted;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the scripted Partner Center", e);
        }
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI tokenUri() {
        return baseUri().resolve(TOKEN_PATH);
    }

    /** Answers in this order, then {@link #otherwise}. Clears what was received before. */
    public ScriptedPartnerCenter script(Answer... answers) {
        script.clear();
        received.clear();
        script.addAll(List.of(answers));
        return this;
    }

    public ScriptedPartnerCenter otherwise(Answer answer) {
        this.otherwise = answer;
        return this;
    }

    /** The Partner Center requests received since the last {@link #script}, token requests left out. */
    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<String> tokensIssued() {
        return new ArrayList<>(tokensIssued);
    }

    /** The token endpoint answers these, in order, before it issues tokens again. Clears the token requests received. */
    public ScriptedPartnerCenter scriptTokens(Answer... answers) {
        tokenScript.clear();
        tokenRequests.clear();
        tokenScript.addAll(List.of(answers));
        return this;
    }

    /** The forms the token endpoint received, as sent ({@code application/x-www-form-urlencoded}). */
    public List<String> tokenRequests() {
        return new ArrayList<>(tokenRequests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getPath().equals(TOKEN_PATH)) {
                tokenRequests.add(requestBody);
                Answer scripted = tokenScript.pollFirst();
                send(exchange, scripted != null ? scripted : newToken());
                return;
            }
            var headers = exchange.getRequestHeaders();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    headers.getFirst("MS-RequestId"), headers.getFirst("MS-CorrelationId"), headers.getFirst("Authorization"),
                    Map.copyOf(headers), requestBody));
            Answer answer = script.pollFirst();
            send(exchange, answer == null ? otherwise : answer);
        }
    }

    private synchronized Answer newToken() {
        int issued = tokensIssued.size() + 1;
        String token = "scripted-token-" + issued;
        tokensIssued.add(token);
        return Answer.json(200, "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + token
                + "\",\"refresh_token\":\"scripted-refresh-" + issued + "\"}");
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

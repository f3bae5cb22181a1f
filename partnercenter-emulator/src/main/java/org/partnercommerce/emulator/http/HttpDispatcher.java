package org.partnercommerce.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;

/**
 * The bridge from the JDK server to the router: reads the exchange into a {@link Request},
 * runs the matching handler and writes the {@link Response} back. Anything a handler lets
 * escape becomes a bare 500, so the connection is always answered — except when the response is
 * {@link Response#dropConnection()}: then nothing is written and closing the exchange closes the
 * connection (the JDK server sends nothing for an exchange whose headers were never sent), so the
 * client reads end-of-stream where it expected a status line.
 */
public final class HttpDispatcher implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(HttpDispatcher.class.getName());

    private final Router router;
    private final int maximumBodyBytes;

    public HttpDispatcher(Router router, int maximumBodyBytes) {
        this.router = router;
        this.maximumBodyBytes = maximumBodyBytes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            Response response;
            if (body == null) {
                response = Response.text(413, "The request body is larger than " + maximumBodyBytes + " bytes.");
            } else {
                response = dispatch(Request.of(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body));
            }
            write(exchange, response);
        }
    }

    private Response dispatch(Request request) {
        try {
            return router.resolve(request.method(), request.path()).handle(request);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Unhandled failure answering " + request, unexpected);
            return Response.text(500, "Unexpected emulator failure: " + unexpected);
        }
    }

    /** The body, or null when it is larger than allowed. */
    private byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(maximumBodyBytes + 1);
        return body.length > maximumBodyBytes ? null : body;
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        if (response.dropsConnection()) {
            // No status line, no headers: closing an exchange whose headers were never sent closes
            // its connection (the JDK server does not answer on its own), so the client reads EOF.
            return;
        }
        response.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        boolean noBody = response.bodyLength() == 0 || "HEAD".equalsIgnoreCase(exchange.getRequestMethod())
                || response.status() == 204 || response.status() == 304;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.bodyLength());
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }
}

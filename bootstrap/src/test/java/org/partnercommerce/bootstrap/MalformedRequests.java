package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Malformed HTTP a client library would not send, written on a raw socket, and how far each gets:
 * to the router (then it is answered a problem like any other request, a malformed URI too), or no
 * further than Vert.x's decoder, which answers a bare 4xx or closes the connection.
 */
final class MalformedRequests {

    /** How a malformed request is refused. */
    enum Refusal {
        /** It reaches the router: a 4xx problem+json. */
        PROBLEM,
        /** Refused before the router: a 4xx without a body (a known gap). */
        BARE_4XX,
        /** Refused while its body is decoded: the connection is closed without an answer (a known gap). */
        CLOSED
    }

    record Malformed(String what, String request, Refusal refusal) {

        /** Holds the raw answer to this request to its refusal, and to nothing of the server's insides. */
        void assertRefused(String answer) {
            String body = answer.contains("\r\n\r\n") ? answer.substring(answer.indexOf("\r\n\r\n") + 4) : "";
            switch (refusal) {
                case PROBLEM -> {
                    assertThat(answer).as("%s: %s", what, answer).matches("(?s)HTTP/\\S+ 4\\d\\d .*")
                            .containsIgnoringCase("content-type: application/problem+json");
                    assertThat(body).as(what).contains("\"status\":" + answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4))
                            .contains("\"type\":\"" + Problems.TYPE_PREFIX);
                }
                case BARE_4XX -> assertThat(answer).as("%s: %s", what, answer).matches("(?s)HTTP/1\\.[01] 4\\d\\d .*");
                case CLOSED -> assertThat(answer).as("%s: closed without an answer", what).isEmpty();
            }
            assertThat(body).as("%s: nothing of the server's insides", what)
                    .doesNotContain("Exception", "io.quarkus", "io.vertx", "org.hibernate", " at org.");
        }
    }

    private static final String CARTS = "/v1/customers/" + Seed.WINGTIP_TOYS + "/carts";

    private MalformedRequests() {
    }

    static List<Malformed> all() {
        return List.of(
                new Malformed("two Host headers", get("/v1/products?country=US", "Host: localhost\r\nHost: evil.example\r\n"), Refusal.PROBLEM),
                new Malformed("an absolute URI naming another host", get("http://evil.example/v1/products?country=US", "Host: localhost\r\n"),
                        Refusal.PROBLEM),
                new Malformed("an unknown HTTP version", "GET /v1/products?country=US HTTP/9.9\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                        Refusal.PROBLEM),
                new Malformed("a header just under the size limit", get("/v1/products?country=US", "Host: localhost\r\nX-Note: "
                        + "x".repeat(10_000) + "\r\n"), Refusal.PROBLEM),
                new Malformed("both Content-Length and chunked", post(CARTS, "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n",
                        "2\r\n{}\r\n0\r\n\r\n"), Refusal.PROBLEM),
                new Malformed("a control character in a header value", get("/v1/products", "Host: localhost\r\nX-Note: a\u0001b\r\n"),
                        Refusal.BARE_4XX),
                new Malformed("a NUL in a header value", get("/v1/products", "Host: localhost\r\nX-Note: a\u0000b\r\n"), Refusal.BARE_4XX),
                new Malformed("a control character in the token", get("/v1/products", "Host: localhost\r\nAuthorization: Bearer a\u0007b\r\n"),
                        Refusal.BARE_4XX),
                new Malformed("a space in a header name", get("/v1/products", "Host: localhost\r\nBad Header: x\r\n"), Refusal.BARE_4XX),
                new Malformed("a NUL in the path", get("/v1/customers/\u0000/carts", "Host: localhost\r\n"), Refusal.BARE_4XX),
                new Malformed("a method that is not a token", "G(T /v1/products HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                        Refusal.BARE_4XX),
                new Malformed("a Content-Length that is not a number", post(CARTS, "Content-Length: abc\r\n", "{}"), Refusal.BARE_4XX),
                new Malformed("invalid percent-encoding (%ZZ) in an id", get(CARTS.replace(Seed.WINGTIP_TOYS, "%ZZ"), "Host: localhost\r\n"),
                        Refusal.PROBLEM),
                new Malformed("invalid percent-encoding in a path segment", get("/v1/cust%ZZomers", "Host: localhost\r\n"), Refusal.PROBLEM),
                new Malformed("invalid percent-encoding in the query", get("/v1/products?country=%ZZ", "Host: localhost\r\n"),
                        Refusal.PROBLEM),
                new Malformed("a bare % ending the query", get("/v1/products?country=US&x=%", "Host: localhost\r\n"), Refusal.PROBLEM),
                new Malformed("a character a URI may not hold", get("/v1/products?country=US|DE", "Host: localhost\r\n"), Refusal.PROBLEM),
                new Malformed("invalid percent-encoding under /q/", get("/q/health/%ZZ", "Host: localhost\r\n"), Refusal.PROBLEM),
                new Malformed("a request line over 4096 bytes (414)", get("/v1/products?country=" + "x".repeat(5_000), "Host: localhost\r\n"),
                        Refusal.BARE_4XX),
                new Malformed("a header over the size limit (431)", get("/v1/products", "Host: localhost\r\nX-Note: " + "x".repeat(30_000) + "\r\n"),
                        Refusal.BARE_4XX),
                new Malformed("a chunk size that is not hexadecimal", post(CARTS, "Transfer-Encoding: chunked\r\n", "ZZ\r\n{}\r\n0\r\n\r\n"),
                        Refusal.CLOSED));
    }

    private static String get(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n";
    }

    private static String post(String target, String headers, String body) {
        return "POST " + target + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" + headers + "Connection: close\r\n\r\n"
                + body;
    }
}

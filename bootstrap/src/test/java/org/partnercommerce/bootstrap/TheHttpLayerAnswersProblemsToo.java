package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * What the HTTP layer itself refuses once a request reaches the router — a request without
 * {@code Host}, a path that is not there, a URI that is not one — is answered like everything else: problem+json with a
 * 4xx, no class names, no stack trace, no development error page.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class TheHttpLayerAnswersProblemsToo {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aRequestWithoutHostIsA400Problem() throws IOException {
        assertProblem(raw("GET /v1/products?country=US HTTP/1.1\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void aPathThatIsNotThereIsA404ProblemEvenWithoutAToken() throws IOException {
        assertProblem(raw("GET /v1/nothing/here HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 404);
    }

    @Test
    void aMalformedUriIsRefusedBeforeAnythingElseReadsTheRequest() throws IOException {
        String answer = RawHttp.firstAnswer(root, "POST /v1/customers/%ZZ/carts HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 99999999\r\n\r\n{}");

        assertProblem(answer, 400);
        assertThat(answer.toLowerCase()).as("the connection, whose body was not read, is not used again").contains("connection: close");
    }

    private String raw(String request) throws IOException {
        return RawHttp.exchange(root, request);
    }

    private static void assertProblem(String answer, int status) {
        assertThat(answer).as("the answer").startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).as("the answer's content type").contains("content-type: application/problem+json");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body).as("the body").contains("\"status\":" + status).contains("\"type\":\"urn:partner-commerce:problem:");
        assertThat(body).as("no internal names").doesNotContain("Exception").doesNotContain("io.vertx").doesNotContain("io.quarkus")
                .doesNotContain("at org.");
    }
}

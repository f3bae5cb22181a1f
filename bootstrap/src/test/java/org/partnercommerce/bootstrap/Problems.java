package org.partnercommerce.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/** Our {@code application/problem+json} answers, checked alike everywhere. */
final class Problems {

    static final String TYPE_PREFIX = "urn:partner-commerce:problem:";

    private Problems() {
    }

    /** The answer is a problem of this status and type ({@code not-found}, {@code rule-violation}, ...). */
    static void assertProblem(Response answer, int status, String type) {
        assertProblem("the answer", answer, status, type);
    }

    /** @param what the call, named in a failure */
    static void assertProblem(String what, Response answer, int status, String type) {
        assertThat(answer.statusCode()).as("%s: %s", what, answer.asString()).isEqualTo(status);
        assertThat(answer.contentType()).as("%s: its media type", what).startsWith("application/problem+json");
        assertThat(answer.<String>path("type")).as("%s: its problem type", what).isEqualTo(TYPE_PREFIX + type);
    }
}

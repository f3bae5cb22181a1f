package org.partnercommerce.adapter.in.rest.problem;

import java.util.List;

/**
 * An RFC 9457 problem, with two members of our own: {@code code}, Partner Center's error code
 * where one exists, and {@code correlationId}, to find the request in the logs.
 *
 * @param errors every single problem when there are several (one per cart line or field)
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String correlationId,
        List<ProblemError> errors) {

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }
}

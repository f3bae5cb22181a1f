package org.partnercommerce.adapter.in.rest.problem;

/**
 * One of several problems of a request: which line or field, Partner Center's code, and why.
 *
 * @param lineId the line at fault: a cart line's id, an order line's position in {@code lineItems} (from 0); null when
 *               the problem is not on a line
 * @param field  the request field at fault, or null
 */
public record ProblemError(Integer lineId, String field, String code, String reason) {
}

package org.partnercommerce.adapter.in.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.partnercommerce.domain.shared.CartRejected;
import org.partnercommerce.domain.shared.CartRuleViolation;
import org.partnercommerce.domain.shared.CartStateViolation;
import org.partnercommerce.domain.shared.DomainViolation;
import org.partnercommerce.domain.shared.InvalidValue;
import org.partnercommerce.domain.shared.OrderRejected;
import org.partnercommerce.domain.shared.OrderRuleViolation;
import org.partnercommerce.domain.shared.PurchaseCapExceeded;

/**
 * What the domain refuses, as problems. Every kind of violation decides its status here: a
 * malformed value (or an order with no line at all) is 400, a well-formed request that breaks a
 * purchase rule 422 — every problem of a cart's lines, or of an order and its lines, in one
 * answer — a verb the cart cannot do in its state 409, and a purchase over a configured cap 422
 * of its own type.
 */
public class DomainViolationMapper {

    private final ProblemResponses problems;

    public DomainViolationMapper(ProblemResponses problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper
    public Response map(DomainViolation violation, UriInfo uri) {
        return switch (violation) {
            case InvalidValue invalid -> problem(ProblemType.INVALID_REQUEST, invalid, uri,
                    List.of(new ProblemError(null, invalid.field(), invalid.code(), invalid.getMessage())));
            case CartRuleViolation broken -> problem(ProblemType.RULE_VIOLATION, broken, uri, List.of(lineError(broken)));
            case CartRejected rejected -> problem(ProblemType.RULE_VIOLATION, rejected, uri,
                    rejected.problems().stream().map(DomainViolationMapper::lineError).toList());
            case CartStateViolation state -> problem(ProblemType.CONFLICT, state, uri, List.of());
            case OrderRuleViolation order -> problem(switch (order) {
                case OrderRuleViolation.NoLineItems none -> ProblemType.INVALID_REQUEST;
                case OrderRuleViolation.ReferenceCustomerNotValid reference -> ProblemType.RULE_VIOLATION;
                case OrderRuleViolation.LineItemNumbersOutOfSequence sequence -> ProblemType.RULE_VIOLATION;
                case OrderRuleViolation.OfferNotValid offer -> ProblemType.RULE_VIOLATION;
                case OrderRuleViolation.OfferNotEligibleForPurchase notEligible -> ProblemType.RULE_VIOLATION;
                case OrderRuleViolation.QuantityNotAvailable quantity -> ProblemType.RULE_VIOLATION;
                case OrderRuleViolation.BillingCycleNotSupported cycle -> ProblemType.RULE_VIOLATION;
                case OrderRuleViolation.NotAnIndirectReseller notReseller -> ProblemType.RULE_VIOLATION;
                case OrderRuleViolation.OwnPartnerIdOnRecord own -> ProblemType.RULE_VIOLATION;
            }, order, uri, List.of(orderError(order)));
            case OrderRejected rejected -> problem(ProblemType.RULE_VIOLATION, rejected, uri,
                    rejected.problems().stream().map(DomainViolationMapper::orderError).toList());
            case PurchaseCapExceeded capped -> problem(ProblemType.PURCHASE_CAP_EXCEEDED, capped, uri, capped.breaches().stream()
                    .map(breach -> new ProblemError(null, breach.holder() + " " + breach.cap(), capped.code(), breach.reason()))
                    .toList());
        };
    }

    private Response problem(ProblemType type, DomainViolation violation, UriInfo uri, List<ProblemError> errors) {
        return problems.of(type, violation.getMessage(), violation.code(), uri, errors).build();
    }

    private static ProblemError lineError(CartRuleViolation broken) {
        return new ProblemError(broken.lineId(), null, broken.code(), broken.reason());
    }

    private static ProblemError orderError(OrderRuleViolation broken) {
        return new ProblemError(broken.line().orElse(null), broken.field(), broken.code(), broken.reason());
    }
}

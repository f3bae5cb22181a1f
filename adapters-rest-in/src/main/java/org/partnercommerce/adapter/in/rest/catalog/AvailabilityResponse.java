package org.partnercommerce.adapter.in.rest.catalog;

import java.util.List;
import java.util.Map;
import org.partnercommerce.adapter.in.rest.wire.Link;
import org.partnercommerce.adapter.in.rest.wire.ResourceAttributes;
import org.partnercommerce.domain.catalog.Availability;
import org.partnercommerce.domain.catalog.AvailabilityTerm;
import org.partnercommerce.domain.catalog.CancellationPolicy;
import org.partnercommerce.domain.catalog.DefaultCurrency;
import org.partnercommerce.domain.catalog.RefundOption;

/** Partner Center's Availability, with the terms it can be bought on. */
public record AvailabilityResponse(
        String id,
        String productId,
        String skuId,
        String catalogItemId,
        DefaultCurrency defaultCurrency,
        String segment,
        String country,
        boolean isPurchasable,
        boolean isRenewable,
        List<TermResponse> terms,
        Map<String, Link> links,
        ResourceAttributes attributes) {

    public record TermResponse(String id, String duration, String description, String billingCycle,
                               List<CancellationPolicyResponse> cancellationPolicies) {

        static TermResponse from(AvailabilityTerm term) {
            return new TermResponse(term.id(), term.termDuration().map(Object::toString).orElse(null), term.description(),
                    term.billingCycle().wireName(),
                    term.cancellationPolicies().stream().map(CancellationPolicyResponse::from).toList());
        }
    }

    public record CancellationPolicyResponse(List<RefundOptionResponse> refundOptions) {

        static CancellationPolicyResponse from(CancellationPolicy policy) {
            return new CancellationPolicyResponse(policy.refundOptions().stream().map(RefundOptionResponse::from).toList());
        }
    }

    public record RefundOptionResponse(int sequenceId, String type, String expiresAfter) {

        static RefundOptionResponse from(RefundOption option) {
            return new RefundOptionResponse(option.sequenceId(), option.type(),
                    option.expiresAfter() == null ? null : option.expiresAfter().toString());
        }
    }

    public static AvailabilityResponse from(Availability availability) {
        String self = "/products/" + availability.productId() + "/skus/" + availability.skuId()
                + "/availabilities/" + availability.id() + "?country=" + availability.country();
        return new AvailabilityResponse(availability.id().value(), availability.productId().value(),
                availability.skuId().value(), availability.catalogItemId().value(), availability.defaultCurrency(),
                availability.segment() == null ? null : availability.segment().wireName(),
                availability.country().code(), availability.purchasable(), availability.renewable(),
                availability.terms().stream().map(TermResponse::from).toList(),
                Map.of("self", Link.get(self)), ResourceAttributes.of("Availability"));
    }

}

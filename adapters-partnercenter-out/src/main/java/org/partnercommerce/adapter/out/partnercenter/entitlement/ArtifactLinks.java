package org.partnercommerce.adapter.out.partnercenter.entitlement;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnercommerce.domain.customer.CustomerId;
import org.partnercommerce.domain.entitlement.ReservationOrderId;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.domain.shared.Guid;

/**
 * Reading an entitlement artifact's link, as Partner Center writes it:
 * {@code /customers/{c}/artifacts/{type}/groups/{group}/lineitems/{line}/resource/{resource}} (with
 * or without {@code /v1}). Only a GET link of that form, for the customer asked about, is followed:
 * this service never calls a URI it was handed blindly.
 */
public final class ArtifactLinks {

    private static final Pattern FORM = Pattern.compile(
            "(?:/v1)?/customers/([^/?#]+)/artifacts/([A-Za-z0-9_-]+)/groups/([A-Za-z0-9_-]+)/lineitems/([A-Za-z0-9_-]+)"
                    + "/resource/([A-Za-z0-9_-]+)/?");

    /** The parts of a link this service follows. */
    public record Path(String artifactType, String group, String lineItem, String resource) {
    }

    private ArtifactLinks() {
    }

    public static Optional<Path> path(ResourceLink link, CustomerId customer) {
        if (!"GET".equalsIgnoreCase(link.method())) {
            return Optional.empty();
        }
        Matcher parts = FORM.matcher(link.uri());
        if (!parts.matches() || !parts.group(1).equalsIgnoreCase(customer.value())) {
            return Optional.empty();
        }
        return Optional.of(new Path(parts.group(2), parts.group(3), parts.group(4), parts.group(5)));
    }

    /** The artifact's resource id as a reservation order id, when it is a GUID. */
    public static Optional<ReservationOrderId> reservationOrderId(String resourceId) {
        return Guid.isGuid(resourceId) ? Optional.of(ReservationOrderId.of(resourceId)) : Optional.empty();
    }
}

package org.partnercommerce.adapter.out.persistence;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.domain.catalog.TermDuration;
import org.partnercommerce.domain.order.OrderClient;
import org.partnercommerce.domain.order.OrderLineItemLinks;
import org.partnercommerce.domain.order.OrderLinks;
import org.partnercommerce.domain.order.PurchaseOptions;
import org.partnercommerce.domain.order.ResourceLink;
import org.partnercommerce.domain.order.SubscriptionId;

/**
 * The parts of an order kept as small JSON documents, written whole and read whole, never queried:
 * its links and its line's links ({@code {"self": {"uri", "method", "headers": [{"key", "value"}]}, ...}},
 * only the links there are, in the documented order), its client (an object of text properties) and
 * its line's purchase options ({@code {"renewsTo": "P1Y", "promotionId", "customTermEndDate" (ISO-8601
 * UTC), "provisioningContext": {...}, "attestationAccepted", "parentSubscriptionId"}}, only those
 * there are). Null stands for "none": no links, no client, no options.
 */
public final class OrderDocuments {

    private static final JsonMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** A link as kept. */
    public record LinkJson(String uri, String method, List<HeaderJson> headers) {

        static LinkJson from(Optional<ResourceLink> link) {
            return link.map(present -> new LinkJson(present.uri(), present.method(),
                    present.headers().stream().map(header -> new HeaderJson(header.key(), header.value())).toList())).orElse(null);
        }

        static Optional<ResourceLink> toDomain(LinkJson link) {
            return Optional.ofNullable(link).map(present -> new ResourceLink(present.uri(), present.method(),
                    present.headers() == null ? List.of() : present.headers().stream()
                            .map(header -> new ResourceLink.Header(header.key(), header.value())).toList()));
        }
    }

    public record HeaderJson(String key, String value) {
    }

    /** An order's links as kept; null when it has none. */
    public record OrderLinksJson(LinkJson self, LinkJson provisioningStatus, LinkJson patchOperation) {

        public static OrderLinksJson from(OrderLinks links) {
            return links.equals(OrderLinks.NONE) ? null : new OrderLinksJson(LinkJson.from(links.self()),
                    LinkJson.from(links.provisioningStatus()), LinkJson.from(links.patchOperation()));
        }

        public static OrderLinks toDomain(OrderLinksJson links) {
            return links == null ? OrderLinks.NONE : new OrderLinks(LinkJson.toDomain(links.self()),
                    LinkJson.toDomain(links.provisioningStatus()), LinkJson.toDomain(links.patchOperation()));
        }
    }

    /** An order line's links as kept; null when it has none. */
    public record LineLinksJson(LinkJson product, LinkJson sku, LinkJson availability, LinkJson subscription,
                                LinkJson provisioningStatus, LinkJson activationLinks) {

        public static LineLinksJson from(OrderLineItemLinks links) {
            return links.equals(OrderLineItemLinks.NONE) ? null : new LineLinksJson(LinkJson.from(links.product()),
                    LinkJson.from(links.sku()), LinkJson.from(links.availability()), LinkJson.from(links.subscription()),
                    LinkJson.from(links.provisioningStatus()), LinkJson.from(links.activationLinks()));
        }

        public static OrderLineItemLinks toDomain(LineLinksJson links) {
            return links == null ? OrderLineItemLinks.NONE : new OrderLineItemLinks(LinkJson.toDomain(links.product()),
                    LinkJson.toDomain(links.sku()), LinkJson.toDomain(links.availability()), LinkJson.toDomain(links.subscription()),
                    LinkJson.toDomain(links.provisioningStatus()), LinkJson.toDomain(links.activationLinks()));
        }
    }

    /** A line's purchase options as kept; null when it has none. */
    public record PurchaseOptionsJson(String renewsTo, String promotionId, String customTermEndDate,
                                      Map<String, String> provisioningContext, Boolean attestationAccepted, String parentSubscriptionId) {

        public static PurchaseOptionsJson from(PurchaseOptions options) {
            return options.equals(PurchaseOptions.NONE) ? null : new PurchaseOptionsJson(
                    options.renewsTo().map(TermDuration::value).orElse(null), options.promotionId().orElse(null),
                    options.customTermEndDate().map(Instant::toString).orElse(null),
                    options.provisioningContext().isEmpty() ? null : options.provisioningContext(),
                    options.attestationAccepted().orElse(null), options.parentSubscriptionId().map(SubscriptionId::value).orElse(null));
        }

        public static PurchaseOptions toDomain(PurchaseOptionsJson options) {
            return options == null ? PurchaseOptions.NONE : new PurchaseOptions(
                    Optional.ofNullable(options.renewsTo()).map(TermDuration::parse), Optional.ofNullable(options.promotionId()),
                    Optional.ofNullable(options.customTermEndDate()).map(Instant::parse), options.provisioningContext(),
                    Optional.ofNullable(options.attestationAccepted()),
                    Optional.ofNullable(options.parentSubscriptionId()).map(SubscriptionId::of));
        }
    }

    private OrderDocuments() {
    }

    public static String purchaseOptions(PurchaseOptions options) {
        return write(PurchaseOptionsJson.from(options));
    }

    public static PurchaseOptions purchaseOptions(String document) {
        return PurchaseOptionsJson.toDomain(read(document, new TypeReference<PurchaseOptionsJson>() { }));
    }

    public static String orderLinks(OrderLinks links) {
        return write(OrderLinksJson.from(links));
    }

    public static OrderLinks orderLinks(String document) {
        return OrderLinksJson.toDomain(read(document, new TypeReference<OrderLinksJson>() { }));
    }

    public static String lineLinks(OrderLineItemLinks links) {
        return write(LineLinksJson.from(links));
    }

    public static OrderLineItemLinks lineLinks(String document) {
        return LineLinksJson.toDomain(read(document, new TypeReference<LineLinksJson>() { }));
    }

    public static String client(Optional<OrderClient> client) {
        return write(client.map(OrderClient::properties).orElse(null));
    }

    public static Optional<OrderClient> client(String document) {
        Map<String, String> properties = read(document, new TypeReference<LinkedHashMap<String, String>>() { });
        return Optional.ofNullable(properties).map(OrderClient::new);
    }

    private static String write(Object document) {
        if (document == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An order's document could not be written as JSON", e);
        }
    }

    private static <T> T read(String document, TypeReference<T> type) {
        if (document == null) {
            return null;
        }
        try {
            return JSON.readValue(document, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A kept order document is not readable", e);
        }
    }
}

package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.Wire;
import org.partnercommerce.domain.order.ResourceLink;

/**
 * A link (reference §1.1): {@code {"uri": "/customers/.../orders/...", "method": "GET", "headers": [{"key": ..., "value": ...}]}}.
 * The .NET SDK's serialisation adds {@code "body": null}, which is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LinkDto(String uri, String method, List<HeaderDto> headers) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HeaderDto(String key, String value) {
    }

    /** The link; none when it has no URI. Headers without a name are left out. */
    public static Optional<ResourceLink> toDomain(LinkDto link) {
        if (link == null || link.uri() == null || link.uri().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ResourceLink(link.uri().trim(), link.method() == null ? null : link.method().trim(),
                Wire.list(link.headers()).stream().filter(header -> header.key() != null && !header.key().isBlank())
                        .map(header -> new ResourceLink.Header(header.key(), header.value())).toList()));
    }

    /** The value of the header of this name, in any case, if the link carries one. */
    public Optional<String> header(String name) {
        return Wire.list(headers).stream().filter(header -> name.equalsIgnoreCase(header.key())).map(HeaderDto::value)
                .filter(Objects::nonNull).filter(value -> !value.isBlank()).findFirst();
    }
}

package org.partnercommerce.adapter.out.partnercenter.order;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterJson;
import org.partnercommerce.adapter.out.partnercenter.http.RequestHeaders;

/**
 * How to ask for the page after this one (reference §1.1): the collection's {@code links.next}
 * ({@code {"uri": "/customers/{c}/orders?seekOperation=Next", "headers": [{"key": "MS-ContinuationToken", "value": "..."}]}})
 * gives the query, its header or the collection's {@code continuationToken} the token. A next link
 * to another resource than the one listed is not followed.
 *
 * @param query             the next link's query parameters, decoded
 * @param continuationToken the {@code MS-ContinuationToken} to send, or null
 */
public record NextPage(Map<String, String> query, String continuationToken) {

    /** The first page: no query, no token. */
    public static NextPage first() {
        return new NextPage(Map.of(), null);
    }

    /** The first page of a filtered list: the filter's query, no token. */
    public static NextPage first(Map<String, String> query) {
        return new NextPage(Map.copyOf(query), null);
    }

    /**
     * The page after {@code page}, when it says there is one.
     *
     * @param listedPath the path listed, without {@code /v1}: {@code /customers/{c}/orders}
     */
    public static Optional<NextPage> after(CollectionDto<?> page, String listedPath) {
        if (page == null || page.links() == null) {
            return Optional.empty();
        }
        LinkDto next = link(field(page.links(), "next"));
        if (next == null || next.uri() == null || next.uri().isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(next.uri().trim());
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        if (!path.endsWith(listedPath.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String token = next.header(RequestHeaders.MS_CONTINUATION_TOKEN).orElse(null);
        if (token == null && page.continuationToken() != null && !page.continuationToken().isBlank()) {
            token = page.continuationToken();
        }
        return Optional.of(new NextPage(query(uri.getRawQuery()), token));
    }

    private static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        return object.properties().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static LinkDto link(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        try {
            return PartnerCenterJson.MAPPER.treeToValue(node, LinkDto.class);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isBlank()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.put(name, value);
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

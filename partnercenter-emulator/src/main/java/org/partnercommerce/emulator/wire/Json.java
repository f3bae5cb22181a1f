package org.partnercommerce.emulator.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.http.UnreadableBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * JSON as Partner Center speaks it. Out: camelCase, nulls left out, ISO dates, amounts as plain
 * decimals ({@code 500}, never {@code 5E+2}). In: what
 * Json.NET accepts — property names in any case, {@code /* comments * /}, trailing commas,
 * single quotes, unknown properties ignored, enum names in any case.
 */
public final class Json {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .addModule(new JavaTimeModule())
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Reads a request body; anything that is not JSON of the expected shape is an {@link UnreadableBody}. */
    public static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new UnreadableBody("The request body is empty; a JSON " + type.getSimpleName() + " is expected.");
        }
        try {
            T value = MAPPER.readValue(body, type);
            if (value == null) {
                throw new UnreadableBody("The request body is JSON null; a JSON " + type.getSimpleName() + " is expected.");
            }
            return value;
        } catch (JacksonException malformed) {
            throw new UnreadableBody("The request body is not a valid " + type.getSimpleName() + ": " + briefly(malformed), malformed);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String briefly(JacksonException malformed) {
        String message = malformed.getOriginalMessage();
        int detail = message.indexOf(" (");
        String brief = (detail > 0 ? message.substring(0, detail) : message).replace('\n', ' ');
        var location = malformed.getLocation();
        return location == null || location.getLineNr() < 1 ? brief
                : brief + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Reads a seed resource from the class path; a broken seed is a programming error. */
    public static <T> T readResource(String resource, Class<T> type) {
        try (InputStream in = Json.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Seed resource " + resource + " is missing from the class path");
            }
            return MAPPER.readValue(in, type);
        } catch (IOException broken) {
            throw new IllegalStateException("Seed resource " + resource + " cannot be read: " + broken.getMessage(), broken);
        }
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** A JSON response with {@code Content-Type: application/json; charset=utf-8}. */
    public static Response response(int status, Object body) {
        return Response.of(status, CONTENT_TYPE, write(body));
    }

    public static Response ok(Object body) {
        return response(200, body);
    }
}

package org.partnercommerce.adapter.in.rest.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes instants in ISO 8601 at microsecond precision — the precision the database keeps —
 * so that an answer read back from storage (a repeated checkout, a cart read later) is the
 * same, byte for byte, as the first.
 */
final class InstantSerializer extends StdSerializer<Instant> {

    InstantSerializer() {
        super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeString(DateTimeFormatter.ISO_INSTANT.format(value.truncatedTo(ChronoUnit.MICROS)));
    }
}

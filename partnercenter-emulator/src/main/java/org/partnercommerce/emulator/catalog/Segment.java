package org.partnercommerce.emulator.catalog;

import org.partnercommerce.emulator.wire.WireNames;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The customer segment an availability is sold to ({@code targetSegment}). */
public enum Segment {
    COMMERCIAL("commercial"),
    EDUCATION("education"),
    GOVERNMENT("government"),
    NONPROFIT("nonprofit");

    private final String wire;

    Segment(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<Segment> parse(String value) {
        return WireNames.parse(Segment.class, value, Segment::wire);
    }

    public static List<String> wireValues() {
        return Arrays.stream(values()).map(Segment::wire).toList();
    }
}

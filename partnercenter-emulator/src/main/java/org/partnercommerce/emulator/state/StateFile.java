package org.partnercommerce.emulator.state;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.partnercommerce.emulator.wire.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The file the emulator's state lives in, as JSON ({@link StateSnapshot}). Written whole after
 * each change, atomically: to a temporary file in the same directory, forced to disk, then moved
 * over the old one; a reader (or a restarted emulator) sees the old state or the new, never half.
 * Saves coalesce: a save covers every change made before it took its snapshot, so requests
 * waiting to save behind a write find their change already written.
 */
public final class StateFile {

    private final Path path;
    private final Object writing = new Object();
    private volatile long savedVersion = -1;

    public StateFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    public Path path() {
        return path;
    }

    /** The state the file holds, if it exists. A file that cannot be read stops the emulator from starting. */
    public Optional<StateSnapshot> read() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            // Amounts as BigDecimal, also inside stored JSON (a checkout's result), so that they are written back as they were.
            StateSnapshot snapshot = Json.mapper().readerFor(StateSnapshot.class)
                    .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readValue(path.toFile());
            if (snapshot.format() != StateSnapshot.FORMAT) {
                throw new IllegalStateException("The state file " + path + " has format " + snapshot.format() + "; this emulator reads format "
                        + StateSnapshot.FORMAT + ".");
            }
            return Optional.of(snapshot);
        } catch (IOException unreadable) {
            throw new IllegalStateException("The state file " + path + " cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    /**
     * Writes the state if it changed since the last write. Never call it while a change is
     * running ({@link StateChanges#during}).
     */
    public void saveIfChanged(StateChanges changes, Supplier<StateSnapshot> capture) {
        if (changes.version() <= savedVersion) {
            return;
        }
        synchronized (writing) {
            if (changes.version() <= savedVersion) {
                return;
            }
            Captured captured = changes.exclusively(() -> new Captured(changes.version(), capture.get()));
            write(captured.snapshot());
            savedVersion = captured.version();
        }
    }

    /** Writes the state now, whatever changed. */
    public void save(StateChanges changes, Supplier<StateSnapshot> capture) {
        synchronized (writing) {
            Captured captured = changes.exclusively(() -> new Captured(changes.version(), capture.get()));
            write(captured.snapshot());
            savedVersion = captured.version();
        }
    }

    private void write(StateSnapshot snapshot) {
        try {
            byte[] json = Json.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(snapshot);
            Path directory = path.getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, path.getFileName().toString(), ".tmp");
            try {
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buffer = ByteBuffer.wrap(json);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                    channel.force(true);
                }
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Cannot write the state file " + path, failed);
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private record Captured(long version, StateSnapshot snapshot) {
    }
}

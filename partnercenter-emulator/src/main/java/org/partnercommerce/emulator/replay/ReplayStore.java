package org.partnercommerce.emulator.replay;

import org.partnercommerce.emulator.http.Response;
import org.partnercommerce.emulator.state.StateChanges;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answers to POST and PUT requests by request key (caller, method, path, {@code MS-RequestId}),
 * kept for {@link #RETENTION} (longer than a cart lives). A key is claimed before the work starts,
 * so two requests with the same key never both do it.
 */
public final class ReplayStore {

    /** A cart lives 7 days; a retry of anything done to it must find its answer for as long. */
    public static final Duration RETENTION = Duration.ofDays(8);

    private static final int PURGE_EVERY = 128;

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger completions = new AtomicInteger();
    private final Clock clock;
    private final StateChanges changes;

    public ReplayStore(Clock clock, StateChanges changes) {
        this.clock = clock;
        this.changes = changes;
    }

    /** What to do with a request of this key and body. */
    public Claim claim(String key, String fingerprint) {
        InFlight mine = new InFlight(fingerprint);
        while (true) {
            Entry existing = entries.putIfAbsent(key, mine);
            if (existing == null) {
                return new Claim.Granted();
            }
            if (existing instanceof InFlight) {
                return new Claim.InFlight();
            }
            StoredResponse stored = ((Stored) existing).response();
            if (expired(stored, clock.instant())) {
                if (entries.replace(key, existing, mine)) {
                    return new Claim.Granted();
                }
                continue;
            }
            return stored.fingerprint().equals(fingerprint) ? new Claim.Replay(stored.toResponse()) : new Claim.OtherRequest();
        }
    }

    /** The work of a granted claim is done: keep its answer, unless it is one a retry should not get. */
    public void complete(String key, String fingerprint, Response response) {
        if (StoredResponse.worthKeeping(response)) {
            entries.put(key, new Stored(StoredResponse.of(response, fingerprint, clock.instant())));
            changes.changed();
        } else {
            entries.remove(key);
        }
        if (completions.incrementAndGet() % PURGE_EVERY == 0) {
            purge();
        }
    }

    /** The work of a granted claim failed before it answered: the key is free again. */
    public void abandon(String key) {
        entries.remove(key);
    }

    /** The kept answers, for the state file. */
    public Map<String, StoredResponse> stored() {
        Instant now = clock.instant();
        Map<String, StoredResponse> stored = new TreeMap<>();
        entries.forEach((key, entry) -> {
            if (entry instanceof Stored(StoredResponse response) && !expired(response, now)) {
                stored.put(key, response);
            }
        });
        return stored;
    }

    public void restore(Map<String, StoredResponse> stored) {
        entries.clear();
        stored.forEach((key, response) -> entries.put(key, new Stored(response)));
    }

    public void clear() {
        entries.clear();
        changes.changed();
    }

    private void purge() {
        Instant now = clock.instant();
        entries.entrySet().removeIf(entry -> entry.getValue() instanceof Stored(StoredResponse response) && expired(response, now));
    }

    private static boolean expired(StoredResponse response, Instant now) {
        return !now.isBefore(response.storedAt().plus(RETENTION));
    }

    private sealed interface Entry permits InFlight, Stored {
    }

    private record InFlight(String fingerprint) implements Entry {
    }

    private record Stored(StoredResponse response) implements Entry {
    }

    /** The outcome of {@link #claim}. */
    public sealed interface Claim {

        /** A new request: do the work, then {@link #complete} or {@link #abandon}. */
        record Granted() implements Claim {
        }

        /** A repeat: answer this. */
        record Replay(Response response) implements Claim {
        }

        /** The same key is being worked on right now. */
        record InFlight() implements Claim {
        }

        /** The key was used for a request with another body. */
        record OtherRequest() implements Claim {
        }
    }
}

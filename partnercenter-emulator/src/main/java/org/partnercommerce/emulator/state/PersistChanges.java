package org.partnercommerce.emulator.state;

import org.partnercommerce.emulator.http.Filter;
import org.partnercommerce.emulator.http.Handler;
import org.partnercommerce.emulator.http.Request;
import org.partnercommerce.emulator.http.Response;

/**
 * Runs a request as one change ({@link StateChanges#during}) and, once it is done and before it is
 * answered, saves what it changed. Without a state file the save does nothing.
 */
public final class PersistChanges implements Filter {

    private final StateChanges changes;
    private final Runnable saveIfChanged;

    public PersistChanges(StateChanges changes, Runnable saveIfChanged) {
        this.changes = changes;
        this.saveIfChanged = saveIfChanged;
    }

    @Override
    public Response apply(Request request, Handler next) {
        Response response = changes.during(() -> next.handle(request));
        saveIfChanged.run();
        return response;
    }
}

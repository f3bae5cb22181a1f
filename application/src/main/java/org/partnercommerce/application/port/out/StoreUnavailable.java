package org.partnercommerce.application.port.out;

/**
 * This service's own database could not be reached, or lost the connection during the work: a
 * unit of work in progress rolled back (or, if it was committing, may or may not have committed).
 * Nothing the caller did is at fault, and nothing is refused: the same request may be sent again
 * once the database is back. The stores and {@link Transactions} throw it for every such fault,
 * whatever the driver called it.
 */
public final class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

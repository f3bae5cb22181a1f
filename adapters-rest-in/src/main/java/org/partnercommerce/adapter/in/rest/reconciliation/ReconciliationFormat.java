package org.partnercommerce.adapter.in.rest.reconciliation;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.partnercommerce.application.port.in.invoice.Reconciliation;
import org.partnercommerce.domain.reconciliation.ReconciliationRow;

/** How a reconciliation is written as it is computed: JSON or CSV, row by row, never held whole. */
interface ReconciliationFormat {

    /**
     * Writes the reconciliation, taking its rows one by one.
     *
     * @param first the first row, already taken (so that a failure to start is answered as a problem, not half a body);
     *              null when there is none
     */
    void write(Reconciliation reconciliation, ReconciliationRow first, Iterator<ReconciliationRow> rest, OutputStream out)
            throws IOException;
}

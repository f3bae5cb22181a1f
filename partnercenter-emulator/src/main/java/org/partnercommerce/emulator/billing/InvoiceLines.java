package org.partnercommerce.emulator.billing;

import java.util.List;

/** An invoice's line items as a list read by index, so that a page can be served without holding the others. */
public interface InvoiceLines {

    int size();

    Charge get(int index);

    static InvoiceLines of(List<Charge> charges) {
        return new InvoiceLines() {
            @Override
            public int size() {
                return charges.size();
            }

            @Override
            public Charge get(int index) {
                return charges.get(index);
            }
        };
    }

    /** The lines from {@code from} (inclusive) to {@code to} (exclusive), clamped to the list. */
    default List<Charge> slice(int from, int to) {
        int start = Math.max(0, Math.min(from, size()));
        int end = Math.max(start, Math.min(to, size()));
        List<Charge> page = new java.util.ArrayList<>(end - start);
        for (int index = start; index < end; index++) {
            page.add(get(index));
        }
        return page;
    }
}

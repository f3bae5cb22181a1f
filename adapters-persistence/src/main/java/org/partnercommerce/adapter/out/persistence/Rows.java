package org.partnercommerce.adapter.out.persistence;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Child rows kept in step with a domain list whose position is the row's key (cart lines
 * 0..n-1, order lines 0..n-1, ...): row i is updated in place, missing rows are added and
 * rows past the end are removed. Updating in place, rather than replacing every row, keeps
 * Hibernate from inserting a row before deleting the one whose key it takes.
 */
public final class Rows {

    private Rows() {
    }

    public static <R, D> void sync(List<R> rows, List<D> wanted, BiConsumer<R, D> update, BiFunction<Integer, D, R> create) {
        for (int index = 0; index < wanted.size(); index++) {
            if (index < rows.size()) {
                update.accept(rows.get(index), wanted.get(index));
            } else {
                rows.add(create.apply(index, wanted.get(index)));
            }
        }
        while (rows.size() > wanted.size()) {
            rows.removeLast();
        }
    }
}

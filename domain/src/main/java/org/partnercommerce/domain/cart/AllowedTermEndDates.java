package org.partnercommerce.domain.cart;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.partnercommerce.domain.catalog.TermDuration;

/**
 * The days Partner Center allows a custom term end date on, for each term a cart's lines end
 * early ({@link CartDraft#customTermEndDateTerms()}), as it listed them for the customer before the
 * cart was checked. A term it was not asked for allows no day.
 */
public record AllowedTermEndDates(Map<TermDuration, List<AllowedTermEndDate>> byTerm) {

    public AllowedTermEndDates {
        byTerm = Map.copyOf(byTerm);
        byTerm.values().forEach(Objects::requireNonNull);
    }

    public static AllowedTermEndDates none() {
        return new AllowedTermEndDates(Map.of());
    }

    /** These, with the days allowed for one more term. */
    public AllowedTermEndDates with(TermDuration term, List<AllowedTermEndDate> dates) {
        Map<TermDuration, List<AllowedTermEndDate>> more = new HashMap<>(byTerm);
        more.put(term, List.copyOf(dates));
        return new AllowedTermEndDates(more);
    }

    public boolean allows(TermDuration term, LocalDate date) {
        return byTerm.getOrDefault(term, List.of()).stream().anyMatch(allowed -> allowed.date().equals(date));
    }

    /** The days allowed for the term, in order, each once. */
    public SortedSet<LocalDate> datesFor(TermDuration term) {
        return byTerm.getOrDefault(term, List.of()).stream().map(AllowedTermEndDate::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The days allowed for the term for the reason given, in order, each once. */
    public SortedSet<LocalDate> datesFor(TermDuration term, AllowedTermEndDate.Alignment alignment) {
        return byTerm.getOrDefault(term, List.of()).stream().filter(allowed -> allowed.alignment() == alignment)
                .map(AllowedTermEndDate::date).collect(Collectors.toCollection(TreeSet::new));
    }
}

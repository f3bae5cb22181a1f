package org.partnercommerce.adapter.out.partnercenter.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.partnercommerce.adapter.out.partnercenter.catalog.CollectionDto;
import org.partnercommerce.adapter.out.partnercenter.order.NextPage;

/**
 * A paged Partner Center list read to its end: page after page while Partner Center gives a next
 * link to the same list, each page its own read. A next link back to a page already read, or
 * more than {@value #MAXIMUM_PAGES} pages, end the reading there, with a warning.
 */
public final class AllPages {

    public static final int MAXIMUM_PAGES = 100;

    private static final Logger LOG = Logger.getLogger(AllPages.class);

    private AllPages() {
    }

    /**
     * @param what       the list, for the log ("the custom term end dates of customer ...")
     * @param listedPath the path listed, without {@code /v1}, that a next link must name
     * @param firstPage  the first page to ask for (its query)
     * @param read       reads one page
     */
    public static <T> List<T> read(String what, String listedPath, NextPage firstPage, Function<NextPage, CollectionDto<T>> read) {
        List<T> items = new ArrayList<>();
        Set<NextPage> asked = new HashSet<>();
        Optional<NextPage> next = Optional.of(firstPage);
        while (next.isPresent()) {
            NextPage page = next.get();
            if (!asked.add(page)) {
                LOG.warnf("Partner Center pointed %s back to a page already read; stopped there", what);
                break;
            }
            if (asked.size() > MAXIMUM_PAGES) {
                LOG.warnf("Partner Center paged %s past %d pages; stopped there", what, MAXIMUM_PAGES);
                break;
            }
            CollectionDto<T> answer = read.apply(page);
            items.addAll(answer.itemsOrNone());
            next = NextPage.after(answer, listedPath);
        }
        return items;
    }
}

package org.partnercommerce.domain.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.partnercommerce.domain.catalog.BillingCycle;
import org.partnercommerce.domain.catalog.CatalogItemId;
import org.partnercommerce.domain.catalog.TermDuration;

/** Seeded random cart lines for the property tests: modern and legacy items, every billing cycle, any term. */
final class RandomCarts {

    private static final List<String> MODERN = List.of("CFQ7TTC0LH0Z:0001:CFQ7TTC0K18P", "CFQ7TTC0LFLS:0002:CFQ7TTC0KDLJ",
            "DZH318Z0BQ36:004G:DZH318Z08C0S", "DG7GMGF0DWTL:0001:DG7GMGF0DSFM", "DZH318Z0BXWC:0002:DZH318Z0BMRV",
            "DZH318Z0C0WF:0001:DZH318Z0BP69");
    private static final List<String> LEGACY = List.of("MS-AZR-0145P", "DB2E705F-B82A-4024-A3D5-D88E12F2DB35",
            "031C9E47-4802-4248-838E-778FB1D2CC05");
    private static final List<TermDuration> TERMS = List.of(TermDuration.ONE_MONTH, TermDuration.ONE_YEAR, TermDuration.THREE_YEARS);

    private RandomCarts() {
    }

    static List<CartLine> lines(Random random, int count) {
        List<CartLine> lines = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            boolean legacy = random.nextInt(4) == 0;
            BillingCycle cycle = BillingCycle.values()[random.nextInt(BillingCycle.values().length)];
            lines.add(line(random, legacy, cycle));
        }
        return lines;
    }

    /** Another line of the same purchase system and billing cycle: item, term, quantity and participants may all differ. */
    static CartLine anotherLineLike(Random random, CartLine line) {
        return line(random, line.catalogItemId() instanceof CatalogItemId.LegacyOffer, line.billingCycle());
    }

    private static CartLine line(Random random, boolean legacy, BillingCycle cycle) {
        String id = legacy ? LEGACY.get(random.nextInt(LEGACY.size())) : MODERN.get(random.nextInt(MODERN.size()));
        CartLine line = CartLine.of(CatalogItemId.parse(id), 1 + random.nextInt(50), cycle);
        if (random.nextBoolean()) {
            line = line.withTermDuration(TERMS.get(random.nextInt(TERMS.size())));
        }
        if (random.nextInt(3) == 0) {
            line = line.withParticipants(List.of(Participant.transactionReseller(Integer.toString(1_000_000 + random.nextInt(8_000_000)))));
        }
        return line;
    }
}

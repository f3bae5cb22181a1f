package org.partnercommerce.domain.catalog;

import java.util.List;

/** Partner Center's inventory answer for one SKU in one context, as a purchase reads it. */
public sealed interface InventoryVerdict
        permits InventoryVerdict.Available, InventoryVerdict.Restricted, InventoryVerdict.NotChecked {

    /** Checked, and not restricted: it can be bought in this context. */
    record Available() implements InventoryVerdict {
    }

    /** Checked, and restricted, for these reasons. */
    record Restricted(List<InventoryRestriction> restrictions) implements InventoryVerdict {
        public Restricted {
            restrictions = List.copyOf(restrictions);
        }
    }

    /** Not asked in this context, or left out of Partner Center's answer (it does not know the item). */
    record NotChecked() implements InventoryVerdict {
    }
}

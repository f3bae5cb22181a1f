package org.partnercommerce.application.port.in.catalog;

import java.util.List;
import org.partnercommerce.domain.catalog.InventoryItem;

/** Asking whether items that need an inventory check (Azure reservations) can be bought in a context. */
public interface CheckInventoryUseCase {

    List<InventoryItem> check(CheckInventoryQuery query);
}
